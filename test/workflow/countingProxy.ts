import http from 'node:http';

/** One request as the proxy saw it: when it arrived, when it ended, and whether the client gave up on it. */
export interface ProxiedRequest {
	method: string;
	path: string;
	startedAt: number;
	endedAt?: number;
	/** The client closed the connection before the answer was complete (an aborted request). */
	aborted?: boolean;
}

export interface CountingProxy {
	origin: string;
	/** Every request, in arrival order. */
	requests: ProxiedRequest[];
	inFlight(): number;
	peakInFlight(): number;
	close(): Promise<void>;
}

/**
 * A loopback proxy in front of the simulator that holds each request for `delayMs(method, path)`
 * before forwarding it. The simulator answers instantly, so without the hold requests would never
 * overlap; with it, the proxy can count how many of the node's requests are in flight at once.
 */
export async function startCountingProxy(
	target: string,
	delayMs: (method: string, path: string) => number = () => 0,
): Promise<CountingProxy> {
	const requests: ProxiedRequest[] = [];
	let inFlight = 0;
	let peak = 0;
	const targetUrl = new URL(target);

	const server = http.createServer((req, res) => {
		const entry: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', startedAt: Date.now() };
		requests.push(entry);
		inFlight++;
		peak = Math.max(peak, inFlight);
		let upstream: http.ClientRequest | undefined;
		const timer = setTimeout(forward, delayMs(entry.method, entry.path));
		res.on('close', () => {
			clearTimeout(timer);
			upstream?.destroy();
			entry.endedAt = Date.now();
			entry.aborted = !res.writableFinished;
			inFlight--;
		});

		function forward() {
			upstream = http.request(
				{
					host: targetUrl.hostname,
					port: targetUrl.port,
					method: req.method,
					path: req.url,
					headers: { ...req.headers, host: targetUrl.host },
				},
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			upstream.on('error', () => res.destroy());
			req.pipe(upstream);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };

	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		inFlight: () => inFlight,
		peakInFlight: () => peak,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
