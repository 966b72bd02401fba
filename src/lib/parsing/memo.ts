/**
 * Remembers a pure function of one string: forms repeat the same labels and cells, so label
 * readers answer most calls from the cache. The cache is bounded (cleared when full).
 */
const LIMIT = 20_000;

/** Wraps `fn` (pure, string → value) with a bounded cache. */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
	const cache = new Map<string, T>();
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
