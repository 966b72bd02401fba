/**
 * Measures the built site (build/, or the directories given) in headless Chromium: cold loads
 * of the overview and filter changes, beside stock DuckDB-WASM answering SELECT 42 in the same
 * run (scripts/bench/measure-site.ts). Several directories (a build before and after a change)
 * are measured in turns, one cold load each, so the machine's load weighs on them alike.
 * Prints medians; no pass/fail.
 *   npx tsx scripts/bench-site.ts [runs] [buildDir...]      (npm run bench:site builds first)
 */
import { launchBrowser } from '../tests/e2e/browser.ts';
import { measureInTurns } from './bench/measure-site.ts';
import { printFigures } from './bench/print-figures.ts';

const runs = Number(process.argv[2] ?? 5);
const dirs = process.argv.length > 3 ? process.argv.slice(3) : ['build'];
const browser = await launchBrowser();
try {
	printFigures([...(await measureInTurns(browser, dirs, runs))]);
} finally {
	await browser.close();
}
