import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/lib/db/lru.ts';

describe('Lru', () => {
	it('drops the entry unused longest past its capacity, and says which', () => {
		const evicted: string[] = [];
		const lru = new Lru<string, number>(2, (_, key) => evicted.push(key));
		lru.set('a', 1);
		lru.set('b', 2);
		lru.get('a'); // a is now the most recent: b goes first
		lru.set('c', 3);
		expect(evicted).toEqual(['b']);
		expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
	});

	it('replaces a value without evicting anything', () => {
		const evicted: number[] = [];
		const lru = new Lru<string, number>(1, (v) => evicted.push(v));
		lru.set('a', 1);
		lru.set('a', 2);
		expect(lru.get('a')).toBe(2);
		expect(evicted).toEqual([]);
	});

	it('hands every value back when drained, oldest first, and is empty after', () => {
		const lru = new Lru<string, number>(3);
		lru.set('a', 1);
		lru.set('b', 2);
		expect(lru.drain()).toEqual([1, 2]);
		expect(lru.size).toBe(0);
	});

	it('refuses a capacity below one', () => {
		expect(() => new Lru(0)).toThrow('capacity must be ≥ 1');
	});
});
