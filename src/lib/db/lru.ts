/**
 * A small least-recently-used map: `get` counts as a use, and past `capacity` the entry unused
 * longest is dropped and handed to `onEvict` (to close a prepared statement, for instance).
 */
export class Lru<K, V> {
	// A Map keeps insertion order: deleting and re-inserting on use makes its order the recency.
	readonly #entries = new Map<K, V>();
	readonly #capacity: number;
	readonly #onEvict: ((value: V, key: K) => void) | undefined;

	constructor(capacity: number, onEvict?: (value: V, key: K) => void) {
		if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be ≥ 1');
		this.#capacity = capacity;
		this.#onEvict = onEvict;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The value of `key`, now the most recently used; undefined when absent. */
	get(key: K): V | undefined {
		if (!this.#entries.has(key)) return undefined;
		const value = this.#entries.get(key)!;
		this.#entries.delete(key);
		this.#entries.set(key, value);
		return value;
	}

	/** Stores `value` as the most recently used, evicting the oldest entry past capacity. */
	set(key: K, value: V): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.#capacity) {
			const [oldest, evicted] = this.#entries.entries().next().value!;
			this.#entries.delete(oldest);
			this.#onEvict?.(evicted, oldest);
		}
	}

	delete(key: K): boolean {
		return this.#entries.delete(key);
	}

	/** Every value, oldest first, and empties the map (without calling onEvict). */
	drain(): V[] {
		const values = [...this.#entries.values()];
		this.#entries.clear();
		return values;
	}
}
