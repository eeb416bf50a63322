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
				tsconfig: '<rootDir>/tsconfig.test.json',
				// Transpile only, which keeps jest fast. Types are checked by `tsc --noEmit` (npm run typecheck).
				isolatedModules: true,
			},
		],
	},
	// The first workflow run imports n8n-core (~2 s), and simulator-backed runs poll in real time.
	testTimeout: 30000,
};
