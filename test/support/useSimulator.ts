import { startSimulator, type SimulatorHandle, type SimulatorOptions } from '../../dev/simulator';

/**
 * The loopback simulator one test file shares: started before its first test, reset after each
 * test, closed after the last. The returned handle forwards to the running simulator, so a file
 * declares it once at the top (`const simulator = useSimulator({ apiKey })`).
 */
export function useSimulator(options: SimulatorOptions): SimulatorHandle {
	let running: SimulatorHandle | undefined;
	beforeAll(async () => {
		running = await startSimulator(options);
	});
	afterEach(() => running?.reset());
	afterAll(async () => {
		await running?.close();
		running = undefined;
	});
	return new Proxy({} as SimulatorHandle, {
		get(_target, key) {
			if (!running) throw new Error('The simulator runs only between beforeAll and afterAll of its test file');
			const value: unknown = Reflect.get(running, key, running);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running) : value;
		},
	});
}
