/**
 * `npm start` with its port taken: says so at once, and how to choose another, before any
 * build step runs (the steps' log is not even opened).
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let blocker: Server;
let port: number;
let result: ReturnType<typeof spawnSync>;

beforeAll(async () => {
	blocker = createServer();
	await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
	port = (blocker.address() as { port: number }).port;
	result = spawnSync('node_modules/.bin/tsx', ['scripts/start.ts'], {
		env: { ...process.env, PORT: String(port) },
		encoding: 'utf8'
	});
});
afterAll(() => new Promise<void>((done) => blocker.close(() => done())));

describe('npm start with its port taken', () => {
	it('exits with status 1', () => expect(result.status).toBe(1));

	it('names the port and how to choose another', () =>
		expect(result.stderr).toContain(
			`Port ${port} is already in use (another \`npm start\` or another program?).\n` +
				`Stop that one, or choose another port:  PORT=${port + 1} npm start`
		));

	it('prints no stack trace', () => expect(result.stderr).not.toMatch(/\n\s+at /));

	it('builds nothing first', () => expect(result.stdout).not.toContain('building'));
});

describe('npm start with a PORT that is no port', () => {
	it('says what is wrong', () => {
		const bad = spawnSync('node_modules/.bin/tsx', ['scripts/start.ts'], {
			env: { ...process.env, PORT: 'eighty' },
			encoding: 'utf8'
		});
		expect([bad.status, bad.stderr.trim()]).toEqual([
			2,
			'PORT=eighty is not a port number (0–65535).'
		]);
	});
});
