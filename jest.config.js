/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		// Same key as the ts-jest preset, so this entry replaces the preset's instead of adding a second one.
		'^.+\\.tsx?$': [
			'ts-jest',
			{
				// tsconfig.test.json sets `isolatedModules: true`, which makes ts-jest 29.4 transpile only
				// (ts.transpileModule, no type check) and keeps jest fast. Types are checked separately by
				// `tsc --noEmit` (npm run typecheck). The older ts-jest option `isolatedModules: true` does the
				// same thing, but it is deprecated in 29.4 and prints a warning on every run, so it is not used here.
				tsconfig: '<rootDir>/tsconfig.test.json',
			},
		],
	},
	// The first workflow run imports n8n-core (~2 s), and simulator-backed runs poll in real time.
	testTimeout: 30000,
};
