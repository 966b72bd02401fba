/**
 * Glued indicator rows cut into name | target (| bare actual): a date target found in one pass
 * must cut where the regex that defines it cuts, on made-up heads of dates, words, figures and
 * line breaks.
 */
import { describe, expect, it } from 'vitest';
import {
	cutBareActual,
	cutNameTarget,
	splitWeightScore
} from '../../src/lib/parsing/glued-cuts.ts';

/** cutNameTarget as defined by its two patterns. */
function cutByPatterns(head: string): [string, string] | null {
	const m =
		/^(.*?[^\d])(\d{4}年\D*\d.*\D)$/.exec(head) ??
		/^(.*?[^\d.%<>=])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.]{1,6})$/.exec(head);
	return m ? [m[1] ?? '', m[2] ?? ''] : null;
}

describe('cutNameTarget', () => {
	it('cuts a name from its date target', () =>
		expect(cutNameTarget('按期完成2023年12月31日前完成')).toEqual([
			'按期完成',
			'2023年12月31日前完成'
		]));

	it('cuts as its patterns do on 20,000 heads of dates, words, figures and line breaks', () => {
		let seed = 3;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const pieces = ['2023', '年', '12', '月', '前完成', '按期', '1', '\n', '个', '>=', '.'];
		const heads = Array.from({ length: 20_000 }, () =>
			Array.from(
				{ length: 1 + Math.floor(random() * 12) },
				() => pieces[Math.floor(random() * 11)]
			).join('')
		);
		const differing = heads.filter(
			(h) => JSON.stringify(cutNameTarget(h)) !== JSON.stringify(cutByPatterns(h))
		);
		expect(differing).toEqual([]);
		// dates are cut, not only missed by both
		expect(heads.filter((h) => /年/.test(cutNameTarget(h)?.[1] ?? '')).length).toBeGreaterThan(500);
	});
});

/** cutBareActual as defined by its two patterns (the first backtracked quadratically). */
function cutBareByPatterns(head: string): [string, string, string] | null {
	const m =
		/^(.*?[^\d])(\d{4}年\D*\d.*\D)(0|[1-9]\d*(?:\.\d+)?)$/.exec(head) ??
		/^(.*?[^\d.])((?:>=|<=|=|>|<)?\d+(?:\.\d+)?[^\d.%<>=]{1,6})(0|[1-9]\d*(?:\.\d+)?)$/.exec(head);
	return m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : null;
}

describe('cutBareActual', () => {
	it('cuts a bare actual 0 off a date target', () =>
		expect(cutBareActual('按期完成2023年12月31日前完成0')).toEqual([
			'按期完成',
			'2023年12月31日前完成',
			'0'
		]));

	it('cuts as its patterns do on 20,000 heads of dates, words, figures and line breaks', () => {
		let seed = 5;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const pieces = ['2023', '年', '5', '月', '完成', '名', '0', '1.', '\n', '个', '>=', '%'];
		const heads = Array.from({ length: 20_000 }, () =>
			Array.from(
				{ length: 1 + Math.floor(random() * 14) },
				() => pieces[Math.floor(random() * pieces.length)]
			).join('')
		);
		const differing = heads.filter(
			(h) => JSON.stringify(cutBareActual(h)) !== JSON.stringify(cutBareByPatterns(h))
		);
		expect(differing).toEqual([]);
		// date targets are cut, not only missed by both
		expect(heads.filter((h) => /年/.test(cutBareActual(h)?.[1] ?? '')).length).toBeGreaterThan(100);
	});

	it('reads 200,000 characters of dates that end in no figure at once', { timeout: 5_000 }, () => {
		// (the pattern tried every year against every later place: 10 s)
		let head = '';
		for (let k = 0; head.length < 200_000; k++) head += `2023年${(k % 12) + 1}月完成`;
		expect(cutBareActual(head)).toBeNull();
		expect(cutBareActual(`${head}0`)?.[2]).toBe('0');
	});
});

describe('splitWeightScore', () => {
	it('splits `1515` into weight 15 and score 15', () =>
		expect(splitWeightScore('1515')).toMatchObject({ weight: '15', score: '15', sure: true }));

	it('reads no weight and score in 2,000 glued digits', () =>
		expect(
			splitWeightScore(Array.from({ length: 2000 }, (_, i) => String((i * 7 + 3) % 10)).join(''))
		).toBeNull());
});
