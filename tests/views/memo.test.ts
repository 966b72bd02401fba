import { describe, expect, it } from 'vitest';
import { lastCall } from '../../src/lib/views/memo.ts';

describe('lastCall', () => {
	it('returns the same object for the same arguments, without running again', () => {
		let runs = 0;
		const build = lastCall((rows: readonly number[], scale: number) => {
			runs++;
			return { values: rows.map((r) => r * scale) };
		});
		const rows = [1, 2, 3];
		const first = build(rows, 2);
		expect(build(rows, 2)).toBe(first);
		expect(runs).toBe(1);
	});

	it('runs again when an argument is another object, even an equal one', () => {
		const build = lastCall((rows: readonly number[]) => ({ total: rows.length }));
		const first = build([1, 2]);
		expect(build([1, 2])).not.toBe(first);
		expect(build([1, 2])).toEqual(first);
	});

	it('remembers only the last call', () => {
		let runs = 0;
		const build = lastCall((n: number) => ({ n: n + runs++ }));
		build(1);
		build(2);
		build(1);
		expect(runs).toBe(3);
	});
});
