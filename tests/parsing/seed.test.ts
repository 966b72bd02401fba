import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { SEED_FILE, seedExpected } from '../helpers/inputs.ts';

const expected = seedExpected();
const parsed = parseFile(readFileSync(SEED_FILE), SEED_FILE);
// whitespace aside, as printed: Chinese punctuation stays full-width (record.md)
const fold = (v: unknown) => (v == null ? null : String(v).replace(/\s+/g, ''));

describe('the seed (Shanghai PDF text, two forms)', () => {
	it('yields two records and no error', () => {
		expect(parsed.records).toHaveLength(2);
		expect(parsed.errors).toEqual([]);
	});

	expected.forEach((want, index) => {
		const got = () => parsed.records[index] as FormRecord;
		it(`reads form ${index}'s header fields as the spec says`, () => {
			const g = got();
			expect([g.year, g.project, g.code, g.department, g.unit, g.amount_unit]).toEqual([
				want.year,
				want.project,
				want.code,
				want.department,
				want.unit,
				want.amount_unit
			]);
		});
		it(`reads form ${index}'s funds rows as the spec says`, () => {
			for (const row of want.funds) {
				const mine = got().funds.find((r) => r.source === row.source);
				for (const [key, value] of Object.entries(row)) {
					expect(mine?.[key as keyof typeof mine], `${row.source}.${key}`).toBe(value);
				}
			}
		});
		it(`reads form ${index}'s goals as the spec says`, () => {
			expect(fold(got().goals?.target)).toBe(fold(want.goals?.target));
			expect(fold(got().goals?.actual)).toBe(fold(want.goals?.actual));
		});
		it(`reads form ${index}'s indicators field by field as the spec says`, () => {
			const mine = got().indicators.map((i) => ({
				level1: i.level1,
				level2: i.level2,
				name: i.name,
				target: i.target,
				actual: i.actual,
				weight: i.weight,
				score: i.score,
				note: i.note
			}));
			expect(mine).toEqual(want.indicators);
		});
		it(`reads form ${index}'s totals as the spec says`, () => {
			expect([got().total_weight, got().total_score]).toEqual([
				want.total_weight,
				want.total_score
			]);
		});
	});

	it('reads target expressions into parts', () => {
		expect(parsed.records[0]?.indicators[5]?.target_parsed).toEqual({
			kind: 'quantitative',
			op: '>=',
			value: '90',
			unit: '%'
		});
	});

	it('reads a deadline target as qualitative text', () => {
		expect(parsed.records[1]?.indicators[2]?.target_parsed).toEqual({
			kind: 'qualitative',
			text: '2020年12月31日前完成资助拨款工作'
		});
	});

	it('computes completion as actual over target', () => {
		expect(parsed.records[1]?.indicators[4]?.completion).toBe('1.044444');
	});

	it('gives the actual value as a decimal string', () => {
		expect(parsed.records[0]?.indicators[2]?.actual_value).toBe('100');
	});

	it('raises no warning on the consistent seed forms', () => {
		expect(parsed.records.map((r) => r.warnings)).toEqual([[], []]);
	});
});
