import { describe, expect, it } from 'vitest';
import { isPlaceholder, readDecimal, readPercent, toYuan } from '../../src/lib/parsing/numbers.ts';
import { computeCompletion, parseTarget } from '../../src/lib/parsing/target.ts';
import { splitWeightScore } from '../../src/lib/parsing/indicators-glued.ts';
import { splitGlued } from '../../src/lib/parsing/glued.ts';
import { foldText } from '../../src/lib/parsing/text.ts';

describe('numbers', () => {
	it('reads — as a placeholder', () => expect(isPlaceholder('—')).toBe(true));
	it('reads - as a placeholder', () => expect(isPlaceholder('-')).toBe(true));
	it('reads / as a placeholder', () => expect(isPlaceholder('/')).toBe(true));
	it('reads an empty cell as a placeholder', () => expect(isPlaceholder('')).toBe(true));
	it('reads 0 as a value, not a placeholder', () => expect(isPlaceholder('0')).toBe(false));
	it('drops thousands separators', () => expect(readDecimal('1,080,740')).toBe('1080740'));
	it('keeps printed trailing zeros', () => expect(readDecimal('21800000.00')).toBe('21800000.00'));
	it('reads 100 % as 100', () => expect(readPercent('100 %')).toBe('100'));
	it('converts 238.93 万元 to 2389300 元', () => expect(toYuan('238.93', '万元')).toBe('2389300'));
	it('converts 89.974 万元 exactly', () => expect(toYuan('89.974', '万元')).toBe('899740'));
	it('folds full-width digits', () => expect(foldText('１２３％')).toBe('123%'));
});

describe('parseTarget', () => {
	it('reads >=90% as a lower bound of 90 %', () =>
		expect(parseTarget('>=90%')).toEqual({
			kind: 'quantitative',
			op: '>=',
			value: '90',
			unit: '%'
		}));
	it('reads a bare number as equality', () =>
		expect(parseTarget('15')).toEqual({ kind: 'quantitative', op: '=', value: '15', unit: '' }));
	it('keeps a unit with a slash', () =>
		expect(parseTarget('<=5300元/户')).toEqual({
			kind: 'quantitative',
			op: '<=',
			value: '5300',
			unit: '元/户'
		}));
	it('reads 稳步增长 as qualitative', () =>
		expect(parseTarget('稳步增长')).toEqual({ kind: 'qualitative', text: '稳步增长' }));
});

describe('computeCompletion', () => {
	it('divides actual by target', () =>
		expect(computeCompletion(parseTarget('=100%'), '80')).toBe('0.8'));
	it('divides target by actual for an upper bound', () =>
		expect(computeCompletion(parseTarget('<=10'), '8')).toBe('1.25'));
	it('gives null for a zero target', () =>
		expect(computeCompletion(parseTarget('=0'), '1')).toBeNull());
});

describe('splitWeightScore', () => {
	it('splits 1515 into 15 and 15', () =>
		expect(splitWeightScore('1515')).toMatchObject({ weight: '15', score: '15' }));
	it('keeps the score at or below the weight', () =>
		expect(splitWeightScore('108')).toMatchObject({ weight: '10', score: '8' }));
});

describe('splitGlued', () => {
	it('reads a thousands separator in a value printed after a glued run (fuzz find)', () => {
		const columns = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;
		const row = splitGlued(
			['1,200,000.00', '10000,00.00', '900,000', '10', '90.00%', '9'],
			columns,
			[]
		);
		expect(row).toContain('900,000');
	});
});
