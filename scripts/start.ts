/**
 * `npm start`: takes the port first (saying at once when it is taken), then generates the demo
 * data, builds the dataset and the site — each step only when its inputs changed — and serves
 * build/. Prints a few lines; the steps' full output goes to start.log (VERBOSE=1 shows it live).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { listen, listenFailure, portFromEnv, siteHandler } from './serve.ts';
import { inputHash, isFresh, markDone, moduleClosure, type Step } from './steps.ts';

const LOG = 'start.log';
const VERBOSE = process.env.VERBOSE === '1';
const CLI = ['bin/budgetlens.mjs', 'src/cli/main.ts'];

const STEPS: Step[] = [
	{
		name: 'demo',
		command: 'npm run --silent demo',
		inputs: [...CLI, ...moduleClosure('src/cli/generate.ts')],
		outputs: ['data/demo/.budgetlens-demo']
	},
	{
		name: 'data',
		command: 'npm run --silent data',
		inputs: [...CLI, ...moduleClosure('src/cli/build.ts'), 'data/forms', 'data/demo'],
		outputs: ['static/data/manifest.json']
	},
	{
		name: 'site',
		command: 'npm run --silent build',
		inputs: ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']
			.concat([
				'package-lock.json',
				'scripts/copy-duckdb.mjs',
				'scripts/duckdb-wasm.mjs',
				'scripts/copy-pdfjs.mjs'
			])
			.concat(['scripts/precompress.ts']),
		// copied from node_modules by the step itself: package-lock.json stands for them
		exclude: ['static/duckdb', 'static/pdfjs'],
		outputs: ['build/index.html']
	}
];

/** Runs a step's command, its output to the log (and the terminal with VERBOSE=1). */
function run(step: Step): Promise<number> {
	log.write(`\n$ ${step.command}\n`);
	const child = spawn(step.command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
	for (const stream of [child.stdout, child.stderr])
		stream.on('data', (chunk: Buffer) => {
			log.write(chunk);
			if (VERBOSE) process.stdout.write(chunk);
		});
	return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

const port = portFromEnv();
if (typeof port === 'string') {
	console.error(port);
	process.exit(2);
}
// Until the site is built, the port answers with a note rather than nothing.
let handler: RequestListener = (_req, res) => {
	res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' });
	res.end('BudgetLens 正在构建，请稍后刷新。');
};
const { url } = await listen(port, (req, res) => handler(req, res)).catch(
	(error: NodeJS.ErrnoException) => {
		console.error(listenFailure(port, error));
		process.exit(1);
	}
);

const log = createWriteStream(LOG);
const done: string[] = [];
for (const step of STEPS) {
	const hash = inputHash(step);
	if (isFresh(step, hash)) {
		done.push(`${step.name}: unchanged`);
		continue;
	}
	const started = Date.now();
	process.stdout.write(`${step.name}: building… `);
	if ((await run(step)) !== 0) {
		process.stdout.write('failed\n');
		const lines = readFileSync(LOG, 'utf8').trimEnd().split('\n');
		console.error(lines.slice(-30).join('\n'));
		console.error(`\n${step.name} failed; the whole output is in ${LOG}.`);
		process.exit(1);
	}
	markDone(step, hash);
	process.stdout.write(`${seconds(started)}\n`);
	done.push(`${step.name}: built in ${seconds(started)}`);
}
log.end();

const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
	counts: { forms: number; warnings: number; by_origin: { real: number; demo: number } };
	sources: { forms: number }[];
};
const { counts, sources } = manifest;
const unread = sources.filter((s) => s.forms === 0).length;
handler = siteHandler('build');
console.log(
	[
		`BudgetLens: ${counts.forms.toLocaleString('en')} forms (${counts.by_origin.real} real, ` +
			`${counts.by_origin.demo.toLocaleString('en')} demo 示例数据) from ${sources.length} files, ` +
			`${counts.warnings.toLocaleString('en')} warnings` +
			(unread ? `, ${unread} files without a form (see 数据)` : ''),
		done.join(', ') + (done.some((d) => d.includes('built')) ? `; full output in ${LOG}` : ''),
		`Serving at ${url}  (Ctrl+C to stop; \`npm run preview\` serves build/ without building)`
	].join('\n')
);
