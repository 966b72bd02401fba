import { describe, expect, it } from 'vitest';
import { formatYearSpan } from '../../src/lib/format/years.ts';

describe('formatYearSpan', () => {
	it('writes one year as 2023年度', () => {
		expect(formatYearSpan(2023, 2023)).toBe('2023年度');
	});

	it('writes several years as 2021–2023年度', () => {
		expect(formatYearSpan(2021, 2023)).toBe('2021–2023年度');
	});

	it('writes nothing when there is no year', () => {
		expect(formatYearSpan(null, null)).toBe('');
	});
});
