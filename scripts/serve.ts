/**
 * Serves the built site from build/ on localhost, sending precompressed files where the
 * browser accepts them. Any static web server can host build/; this one is for `npm start`
 * and `npm run preview`.
 */
import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import sirv from 'sirv';

export const DEFAULT_PORT = 4173;

/** A request handler for the built site in `dir`; `count` receives every byte sent (compressed). */
export function siteHandler(dir: string, count: (bytes: number) => void = () => {}) {
	const assets = sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		dev: false,
		extensions: ['html']
	});
	const handler: RequestListener = (req, res) => {
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		res.write = ((chunk: unknown, ...rest: never[]) => {
			if (chunk && typeof chunk !== 'function') count(Buffer.byteLength(chunk as Buffer));
			return write(chunk as Buffer, ...rest);
		}) as typeof res.write;
		res.end = ((chunk: unknown, ...rest: never[]) => {
			if (chunk && typeof chunk !== 'function') count(Buffer.byteLength(chunk as Buffer));
			return end(chunk as Buffer, ...rest);
		}) as typeof res.end;
		assets(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	};
	return handler;
}

/**
 * Listens on `host:port` (0 picks a free port); resolves with the server and its URL, rejects
 * with the listen error (EADDRINUSE when the port is taken). `handler` is called per request,
 * so a caller may change what it serves after listening.
 */
export function listen(
	port: number,
	handler: RequestListener,
	host = '127.0.0.1'
): Promise<{ server: Server; url: string }> {
	const server = createServer(handler);
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			server.off('error', fail);
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({ server, url: `http://${host}:${actual}/` });
		});
	});
}

/** Starts the server on the built site; resolves with its URL. Port 0 picks a free port. */
export async function serveBuild(dir = 'build', port = DEFAULT_PORT, host = '127.0.0.1') {
	let bytesSent = 0;
	const { server, url } = await listen(
		port,
		siteHandler(dir, (n) => (bytesSent += n)),
		host
	);
	return {
		url,
		bytesSent: () => bytesSent,
		close: () => new Promise<void>((closed) => server.close(() => closed()))
	};
}

/** The port from PORT (default 4173), or a message saying what is wrong with it. */
export function portFromEnv(value = process.env.PORT): number | string {
	if (value === undefined || value === '') return DEFAULT_PORT;
	const port = Number(value);
	return Number.isInteger(port) && port >= 0 && port < 65536
		? port
		: `PORT=${value} is not a port number (0–65535).`;
}

/** What to say when the port cannot be had: which one, and how to choose another. */
export function listenFailure(port: number, error: NodeJS.ErrnoException): string {
	if (error.code === 'EADDRINUSE')
		return (
			`Port ${port} is already in use (another \`npm start\` or another program?).\n` +
			`Stop that one, or choose another port:  PORT=${port + 1} npm start`
		);
	if (error.code === 'EACCES')
		return `Port ${port} needs more rights. Choose a port above 1024:  PORT=${DEFAULT_PORT} npm start`;
	return `Cannot listen on port ${port}: ${error.message}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = portFromEnv();
	if (typeof port === 'string') {
		console.error(port);
		process.exit(2);
	}
	if (!existsSync('build/index.html')) {
		console.error('build/ holds no site yet: run `npm start` (or `npm run build`) first.');
		process.exit(1);
	}
	try {
		const { url } = await serveBuild('build', port);
		console.log(`BudgetLens is running at ${url}  (Ctrl+C to stop)`);
	} catch (error) {
		console.error(
			listenFailure(port, error as NodeJS.ErrnoException).replace('npm start', 'npm run preview')
		);
		process.exit(1);
	}
}
