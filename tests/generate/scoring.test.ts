import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/lib/generate/money.ts';
import { Random } from '../../src/lib/generate/random.ts';
import {
	executionRate,
	gradeOf,
	scoreFunds,
	scorePositive,
	scoreQualitative,
	scoreReverse
} from '../../src/lib/generate/scoring.ts';

const d = (v: string | number) => new Dec(v);

describe('scoreFunds', () => {
	it('scores the seed form 1080740 of 8285000 as 1.3', () => {
		expect(scoreFunds(d(10), d(1080740), d(8285000)).toFixed()).toBe('1.3');
	});

	it('scores the seed form 8560000 of 18560000 as 4.61', () => {
		expect(scoreFunds(d(10), d(8560000), d(18560000)).toFixed()).toBe('4.61');
	});

	it('caps spending above the budget at the weight', () => {
		expect(scoreFunds(d(10), d(102.59), d(100)).toFixed()).toBe('10');
	});
});

describe('executionRate', () => {
	it('rounds 1080740 of 8285000 up to 13.05 as the seed prints it', () => {
		expect(executionRate(d(1080740), d(8285000)).toFixed(2)).toBe('13.05');
	});

	it('rounds 8560000 of 18560000 up to 46.13 as the seed prints it', () => {
		expect(executionRate(d(8560000), d(18560000)).toFixed(2)).toBe('46.13');
	});

	it('rounds 215457.6 of 250000 up to 86.19 as the Putuo form prints it', () => {
		expect(executionRate(d(215457.6), d(250000)).toFixed(2)).toBe('86.19');
	});
});

describe('scorePositive', () => {
	it('gives full weight when the target is met', () => {
		expect(scorePositive(d(10), d(95), d(97), 1).toFixed()).toBe('10');
	});

	it('gives weight × actual / target below the target', () => {
		expect(scorePositive(d(10), d(100), d(87), 1).toFixed()).toBe('8.7');
	});
});

describe('scoreReverse', () => {
	it('gives full weight at or under the target', () => {
		expect(scoreReverse(d(10), d(3), d(3), 1).toFixed()).toBe('10');
	});

	it('takes off the overshoot share above the target', () => {
		expect(scoreReverse(d(10), d(4), d(5), 1).toFixed()).toBe('7.5');
	});

	it('gives 0 from twice the target up', () => {
		expect(scoreReverse(d(10), d(4), d(9), 1).toFixed()).toBe('0');
	});
});

describe('scoreQualitative', () => {
	it('keeps a partly achieved indicator between 60 and 80 percent of the weight', () => {
		const r = new Random('q');
		for (let i = 0; i < 50; i++) {
			const s = scoreQualitative(r, d(10), 'partly', 1).toNumber();
			expect(s).toBeGreaterThanOrEqual(6);
			expect(s).toBeLessThanOrEqual(8);
		}
	});
});

describe('gradeOf', () => {
	it('grades 91.3 as 优 and 79.9 as 中', () => {
		expect([gradeOf(d(91.3)), gradeOf(d(79.9))]).toEqual(['优', '中']);
	});
});
