/**
 * Measures the built site (build/, or the directory given) in headless Chromium: cold loads of
 * the overview and filter changes, beside stock DuckDB-WASM answering SELECT 42 in the same
 * run (scripts/bench/measure-site.ts). Prints medians; no pass/fail.
 *   npx tsx scripts/bench-site.ts [runs] [buildDir]      (npm run bench:site builds first)
 */
import { launchBrowser } from '../tests/e2e/browser.ts';
import { measureSite } from './bench/measure-site.ts';
import { printFigures } from './bench/print-figures.ts';

const runs = Number(process.argv[2] ?? 5);
const dir = process.argv[3] ?? 'build';
const browser = await launchBrowser();
try {
	printFigures([[dir, await measureSite(browser, dir, runs)]]);
} finally {
	await browser.close();
}
