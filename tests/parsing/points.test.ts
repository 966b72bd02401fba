/** Points as exact millionths: the validator's fast path must agree with decimal.js. */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { formatPoints, readAllPoints, readPoints } from '../../src/lib/parsing/points.ts';

/** Every weight and score shape forms print, and the edges of what readPoints reads. */
const FIGURES = ['0', '10', '8.5', '8.50', '100', '0.333333', '99.99', '08', '+5', '999999.999999'];

describe('readPoints', () => {
	it('reads `8.5` as 8,500,000 millionths', () => {
		expect(readPoints('8.5')).toBe(8_500_000);
	});

	it('leaves to decimal.js what it cannot read exactly (negative, 7 decimals, 7 digits, text)', () => {
		expect(['-1', '0.1234567', '1000000', '.5', '1e3', '10分'].map(readPoints)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('sums and subtracts as decimal.js does, printed as its toFixed()', () => {
		for (const a of FIGURES)
			for (const b of FIGURES) {
				const [x, y] = [readPoints(a)!, readPoints(b)!];
				expect(formatPoints(x + y)).toBe(new Decimal(a).plus(b).toFixed());
				expect(formatPoints(x - y)).toBe(new Decimal(a).minus(b).toFixed());
				expect(Math.sign(x - y)).toBe(new Decimal(a).comparedTo(b));
			}
	});
});

describe('readAllPoints', () => {
	it('keeps blanks as null and gives up on the first figure it cannot read', () => {
		expect(readAllPoints(['10', null, '8.5'])).toEqual([10_000_000, null, 8_500_000]);
		expect(readAllPoints(['10', '1e3'])).toBeNull();
	});
});
