/**
 * Remembers a pure function of one string: forms repeat the same labels and cells, so label
 * readers answer most calls from the cache. The cache is bounded (cleared when full).
 */
const LIMIT = 20_000;

/** Every text-keyed cache the parser keeps across calls, so a benchmark can start each run cold. */
const caches: Array<Map<string, unknown>> = [];

/** A process-wide cache keyed by text, emptied by clearMemos(). */
export function textCache<T>(): Map<string, T> {
	const cache = new Map<string, T>();
	caches.push(cache);
	return cache;
}

/**
 * Empties every process-wide text cache (bench:parse calls it before each timed run: parsing the
 * same bytes again would otherwise answer from the last run's caches and flatter the figure).
 */
export function clearMemos(): void {
	for (const cache of caches) cache.clear();
}

/** Wraps `fn` (pure, string → value) with a bounded cache. */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
	const cache = textCache<T>();
	return (text: string) => {
		// one look-up: a function answering undefined is only asked again
		const hit = cache.get(text);
		if (hit !== undefined) return hit;
		if (cache.size >= LIMIT) cache.clear();
		const value = fn(text);
		cache.set(text, value);
		return value;
	};
}

/**
 * One regex matching what any of `patterns` matches (flagless, no back-references): tested
 * first, it answers "no label" for most cells in one pass instead of one test per pattern and a
 * cache look-up (profile: label look-ups of two- and three-cell texts and of glued headers' slices,
 * fresh strings each, spent most of their time hashing them for the cache).
 */
export function unionOf(patterns: readonly RegExp[]): RegExp {
	if (patterns.some((p) => p.flags || /\\\d/.test(p.source)))
		throw new Error('unionOf: patterns with flags or back-references');
	return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
}
