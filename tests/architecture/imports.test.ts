/**
 * Imports run one way (README, code map): routes → components → (charts, format) and
 * routes → state → queries → db → model. This reads every import of src/ — static, dynamic and
 * type-only, since a type import ties two folders as much as any — and fails on one that runs
 * against that direction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/** What each layer may import besides itself (and packages). */
export const ALLOWED: Record<string, readonly string[]> = {
	model: [],
	// the build side: files → form records → tables
	parsing: ['model'],
	ingest: ['model', 'parsing'],
	generate: ['model', 'parsing', 'ingest'],
	// (format/bidi.ts isolates names in the build's messages as on screen)
	dataset: ['model', 'format'],
	db: ['model', 'dataset'],
	queries: ['db', 'model'],
	state: ['queries', 'db', 'model', 'dataset'],
	format: ['model'],
	charts: ['format', 'model'],
	export: ['format', 'model', 'dataset'],
	components: ['charts', 'format', 'export', 'model', 'dataset'],
	// a page's view: from filters and query results to what the page shows (pure, Node-run)
	views: ['components', 'queries', 'charts', 'format', 'export', 'model', 'dataset'],
	routes: [
		'views',
		'components',
		'state',
		'queries',
		'charts',
		'format',
		'export',
		'model',
		'dataset',
		'app'
	],
	cli: ['parsing', 'ingest', 'generate', 'dataset', 'db', 'queries', 'format', 'model'],
	// build time only: the shipped dataset in DuckDB and charts as SVG for the first paint
	server: ['db', 'dataset', 'queries', 'charts', 'model'],
	// hooks.server.ts: renders each page with the build's rows (state/prerendered.ts)
	hooks: ['server', 'state', 'charts', 'model'],
	app: []
};

/** The layer of a file under src/. */
export function layerOf(file: string): string {
	const path = relative(SRC, file).split('\\').join('/');
	if (/^routes\/(.+\/)?view\.ts$/.test(path) || path.startsWith('lib/views/')) return 'views';
	if (path.startsWith('routes/')) return 'routes';
	if (path.startsWith('cli/')) return 'cli';
	if (/^hooks\.\w+\.ts$/.test(path)) return 'hooks';
	const lib = /^lib\/([^/]+)\//.exec(path);
	if (lib) return lib[1]!;
	return 'app';
}

/** Every module specifier a source file imports, exports from, or imports dynamically. */
export function importsOf(source: string): string[] {
	const specifiers = [
		...source.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)
	];
	return specifiers.map((m) => m[1]!);
}

/** The file an import points at, or null for a package or a virtual module ($app/…). */
function target(from: string, specifier: string): string | null {
	if (specifier.startsWith('$lib/')) return join(SRC, 'lib', specifier.slice(5));
	if (specifier.startsWith('.')) return resolve(dirname(from), specifier);
	return null;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(e.name) ? [path] : [];
	});
}

/** "from → to (layer → layer)" for every import against the direction. */
export function wrongWayImports(files: string[]): string[] {
	const wrong: string[] = [];
	for (const file of files) {
		const from = layerOf(file);
		for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
			const to = target(file, specifier);
			if (!to || !to.startsWith(SRC)) continue;
			const layer = layerOf(to);
			if (layer === from || ALLOWED[from]?.includes(layer)) continue;
			wrong.push(`${relative(SRC, file)} → ${specifier} (${from} → ${layer})`);
		}
	}
	return wrong;
}

describe('import direction', () => {
	const files = sourceFiles(SRC);

	it('knows the layer of every file under src/', () => {
		const unknown = files.map(layerOf).filter((layer) => !(layer in ALLOWED));
		expect(unknown).toEqual([]);
	});

	it('finds no import running against the direction', () => {
		expect(wrongWayImports(files)).toEqual([]);
	});

	it('keeps views runnable in Node: no Svelte component, no $app module', () => {
		const views = files.filter((f) => layerOf(f) === 'views');
		expect(views.length).toBeGreaterThan(0);
		const browserOnly = views.flatMap((f) =>
			importsOf(readFileSync(f, 'utf8'))
				.filter((s) => s.endsWith('.svelte') || s.startsWith('$app/') || s.includes('.svelte.'))
				.map((s) => `${relative(SRC, f)} → ${s}`)
		);
		expect(browserOnly).toEqual([]);
	});

	it('reads static, type-only, re-exported and dynamic imports', () => {
		const source = `import a from './a.ts';
import type { B } from '../b.ts';
import {
	c,
	type D
} from '$lib/c.ts';
export { e } from './e.ts';
import './side-effect.css';
const f = await import('../f.ts');`;
		expect(importsOf(source)).toEqual([
			'./a.ts',
			'../b.ts',
			'$lib/c.ts',
			'./e.ts',
			'./side-effect.css',
			'../f.ts'
		]);
	});

	it('flags a format module that reads the database, and a query that reads state', () => {
		expect(ALLOWED.format).not.toContain('db');
		expect(ALLOWED.queries).not.toContain('state');
		expect(layerOf(join(SRC, 'routes/underspending/view.ts'))).toBe('views');
		expect(layerOf(join(SRC, 'routes/underspending/+page.svelte'))).toBe('routes');
	});
});
