/**
 * Serves the built site from build/ on localhost, sending precompressed files where the
 * browser accepts them. Any static web server can host build/; this one is for `npm start`.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

/** Starts the server; resolves with its URL. Port 0 picks a free port. */
export function serveBuild(dir = 'build', port = 4173, host = '127.0.0.1') {
	const assets = sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		dev: false,
		extensions: ['html']
	});
	let bytesSent = 0;
	const server = createServer((req, res) => {
		// Counts what goes over the wire (compressed bytes), for the benchmark.
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		res.write = ((chunk: unknown, ...rest: never[]) => {
			if (chunk && typeof chunk !== 'function') bytesSent += Buffer.byteLength(chunk as Buffer);
			return write(chunk as Buffer, ...rest);
		}) as typeof res.write;
		res.end = ((chunk: unknown, ...rest: never[]) => {
			if (chunk && typeof chunk !== 'function') bytesSent += Buffer.byteLength(chunk as Buffer);
			return end(chunk as Buffer, ...rest);
		}) as typeof res.end;
		assets(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	return new Promise<{
		url: string;
		close: () => Promise<void>;
		bytesSent: () => number;
	}>((done) => {
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({
				url: `http://${host}:${actual}/`,
				bytesSent: () => bytesSent,
				close: () => new Promise((closed) => server.close(() => closed()))
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serveBuild('build', port);
	console.log(`BudgetLens is running at ${url}  (Ctrl+C to stop)`);
}
