/** Prints site figures as a table, one column per measured site (demo, 100,000 forms, …). */
import { median, percentile, type SiteFigures } from './measure-site.ts';

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const mb = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} MB` : '—');

const ROWS: [string, (f: SiteFigures) => string][] = [
	['first chart after navigation', (f) => ms(median(f.firstChart))],
	['stock DuckDB-WASM: SELECT 42', (f) => ms(median(f.stockSelect42))],
	[
		'first chart ÷ SELECT 42 (target < 0.35)',
		(f) => (median(f.firstChart) / median(f.stockSelect42)).toFixed(2)
	],
	['DuckDB-WASM started', (f) => ms(median(f.dbReady))],
	['live (dataset in DuckDB)', (f) => ms(median(f.liveReady))],
	['transferred, cold load', (f) => mb(median(f.transferred) / 1e6)],
	['renderer memory, after the changes', (f) => mb(median(f.rendererRss))],
	['renderer memory, peak', (f) => mb(median(f.rendererPeak))],
	['filter change, first after load', (f) => ms(median(f.repaint))],
	['  of which click to first query', (f) => ms(median(f.untilQueries))],
	['  of which queries', (f) => ms(median(f.inQueries))],
	['filter change, later: median', (f) => ms(median(f.laterRepaint))],
	['filter change, later: p95', (f) => ms(percentile(f.laterRepaint, 95))],
	['filter changes, all: median', (f) => ms(median([...f.repaint, ...f.laterRepaint]))],
	['filter changes, all: p95', (f) => ms(percentile([...f.repaint, ...f.laterRepaint], 95))]
];

export function printFigures(columns: [string, SiteFigures][]): void {
	const width = Math.max(...ROWS.map(([label]) => label.length)) + 2;
	const cells = columns.map(([name, f]) => [name, ...ROWS.map(([, cell]) => cell(f))]);
	const colWidth = Math.max(...cells.flat().map((c) => c.length)) + 2;
	const runs = columns.map(([name, f]) => `${name}: ${f.runs}`).join(', ');
	console.log(`medians of cold loads of the overview (runs — ${runs})`);
	console.log(''.padEnd(width) + cells.map((c) => c[0]!.padStart(colWidth)).join(''));
	ROWS.forEach(([label], i) =>
		console.log(label.padEnd(width) + cells.map((c) => c[i + 1]!.padStart(colWidth)).join(''))
	);
	for (const [name, f] of columns) {
		console.log(`${name}: first chart runs ${f.firstChart.map(ms).join(', ')}`);
		console.log(`${name}: SELECT 42 runs ${f.stockSelect42.map(ms).join(', ')}`);
		console.log(`${name}: live runs ${f.liveReady.map(ms).join(', ')}`);
	}
}
