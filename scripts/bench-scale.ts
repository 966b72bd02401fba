/**
 * The site at a province's scale beside the demo: generates 100,000 forms (once; kept in
 * scratch/), builds the dataset and the site for both sizes, and prints the figures of
 * bench:site side by side. build/ and static/data/ are left as the demo's.
 *   npx tsx scripts/bench-scale.ts [runs] [forms]      (npm run bench:scale)
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { measureInTurns } from './bench/measure-site.ts';
import { printFigures } from './bench/print-figures.ts';

const runs = Number(process.argv[2] ?? 5);
const forms = Number(process.argv[3] ?? 100_000);
const dir = 'scratch/bench-scale';
const corpus = `${dir}/forms-${forms}`;
const label = `${forms.toLocaleString('en')} forms`;

function run(command: string): void {
	const started = Date.now();
	execSync(command, { stdio: ['ignore', 'ignore', 'inherit'] });
	console.log(`${command}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function dataBytes(): string {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as {
		tables: Record<string, { bytes: number }>;
	};
	const total = Object.values(manifest.tables).reduce((sum, t) => sum + t.bytes, 0);
	return `${(total / 1e6).toFixed(1)} MB`;
}

if (!existsSync(`${corpus}/complete`)) {
	rmSync(corpus, { recursive: true, force: true });
	run(`node bin/budgetlens.mjs generate --forms ${forms} --out ${corpus}`);
	writeFileSync(`${corpus}/complete`, '');
}

run('npm run demo');
run('npm run data');
const demoBytes = dataBytes();
run('npm run build');
cpSync('build', `${dir}/build-demo`, { recursive: true });

run(`node bin/budgetlens.mjs build --out static/data data/forms --demo ${corpus}`);
const scaleBytes = dataBytes();
run('npm run build');
rmSync(`${dir}/build-scale`, { recursive: true, force: true });
cpSync('build', `${dir}/build-scale`, { recursive: true });

// Put the demo back where the tests and `npm start` expect it.
run('npm run data');
rmSync('build', { recursive: true, force: true });
cpSync(`${dir}/build-demo`, 'build', { recursive: true });

console.log(`dataset files: demo ${demoBytes}, ${label} ${scaleBytes}`);
const browser = await launchBrowser();
try {
	// in turns: one cold load of each per round
	const figures = await measureInTurns(browser, [`${dir}/build-demo`, `${dir}/build-scale`], runs);
	printFigures([
		['demo', figures.get(`${dir}/build-demo`)!],
		[label, figures.get(`${dir}/build-scale`)!]
	]);
} finally {
	await browser.close();
}
