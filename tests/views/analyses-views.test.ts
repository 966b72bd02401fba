import { describe, expect, it } from 'vitest';
import {
	causePivot,
	causeTable,
	drillFromParams,
	drillSearch
} from '../../src/lib/views/reasons-tables.ts';
import { signsOf } from '../../src/lib/views/quality-tables.ts';
import { seriesRows } from '../../src/lib/views/project-series.ts';
import type { CauseCellRow } from '../../src/lib/queries/reasons.ts';
import type { TargetQualityRow } from '../../src/lib/queries/target-quality.ts';
import type { ProjectYearRow } from '../../src/lib/model/form-rows.ts';

describe('drillFromParams', () => {
	it('reads a drill-down back from the URL keys drillSearch writes', () => {
		const keys = drillSearch({ cause: 'procurement', department: '上海市教育委员会', year: 2022 });
		expect(drillFromParams((k) => keys[k] ?? null)).toEqual({
			cause: 'procurement',
			department: '上海市教育委员会',
			year: 2022,
			text: null
		});
	});

	it('ignores an unknown cause and a malformed year', () => {
		expect(drillFromParams((k) => ({ rc: 'x', ry: '20x2' })[k] ?? null)).toBeNull();
	});
});

describe('causeTable', () => {
	it('gives each cause its label, definition and share of all points lost', () => {
		const [row] = causeTable(
			[{ cause: 'unexplained', indicators: 3, forms: 2, points_lost: '2.5000' }],
			'10'
		);
		expect(row).toMatchObject({ label: '未说明原因', share: '0.2500' });
		expect(row!.definition).toContain('未填写');
	});
});

describe('causePivot', () => {
	const cell = (cause: string, department: string, points: string): CauseCellRow => ({
		cause,
		department,
		year: 2022,
		indicators: 1,
		forms: 1,
		points_lost: points
	});

	it('puts departments that lost most first, each cause in its column, each cell a drill link', () => {
		const pivot = causePivot(
			[cell('funding', 'A', '1'), cell('funding', 'B', '3'), cell('other', 'A', '1')],
			'department',
			['funding', 'other'],
			(extra) => `?${new URLSearchParams(extra as Record<string, string>)}`
		);
		expect(pivot.rows).toEqual([
			{ key: 'B', funding: '3.0000', other: null },
			{ key: 'A', funding: '1.0000', other: '1.0000' }
		]);
		expect(pivot.columns[1]!.href!(pivot.rows[0]!)).toContain('rc=funding');
		expect(pivot.columns[1]!.href!(pivot.rows[0]!)).toContain('rd=B');
	});
});

describe('signsOf', () => {
	it('words every sign of a group', () => {
		const row = {
			exceeded: true,
			exceeded_run: 3,
			missed_all: false,
			qualitative: 2,
			all_full: true,
			years: 3
		} as TargetQualityRow;
		expect(signsOf(row)).toBe(
			'指标值设置偏低（连续 3 年实际 ≥ 1.5 倍目标）；定量类别用定性目标 2 项；目标与完成值处处为 100%'
		);
	});
});

describe('seriesRows', () => {
	it('marks a year printed under another name and says how it was joined', () => {
		const base = { key_evidence: null, key_confidence: null } as unknown as ProjectYearRow;
		const rows = seriesRows([
			{ ...base, project: '档案数字化经费', key_rule: null },
			{ ...base, project: '档案数字化资金', key_rule: 'normalized', key_confidence: '0.950000' }
		]);
		expect(rows.map((r) => [r.renamed, r.basis])).toEqual([
			[false, ''],
			[true, '名称归一后相同（置信度 95%）']
		]);
	});
});
