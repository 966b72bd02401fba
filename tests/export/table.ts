/** A small table like the ones the pages download: text, amounts in 元, rates, points, counts. */
import type { ExportTable } from '../../src/lib/export/cells.ts';
import type { ExportMeta } from '../../src/lib/export/xlsx.ts';

export const TABLE: ExportTable = {
	title: '各部门对比（2022年 与 2023年）',
	filters: '部门：上海市人力资源和社会保障局；来源：仅真实数据',
	columns: [
		{ key: 'name', label: '部门', kind: 'text' },
		{ key: 'year', label: '年度', kind: 'year' },
		{ key: 'adjusted', label: '调整后预算（万元）', kind: 'amount' },
		{ key: 'rate', label: '执行率', kind: 'rate' },
		{ key: 'score', label: '总分', kind: 'points' },
		{ key: 'weak', label: '失分指标数', kind: 'count' }
	],
	rows: [
		{
			name: '上海市人力资源和社会保障局',
			year: 2021,
			adjusted: '26845000.00',
			rate: '0.3591',
			score: '92.96',
			weak: 3
		},
		{
			name: '=HYPERLINK("http://x","y")',
			year: 2022,
			adjusted: '1234.56',
			rate: '1.0000',
			score: '80.5000',
			weak: 0
		},
		{
			name: '逗号, "引号" 与\n换行',
			year: 2023,
			adjusted: '-500.00',
			rate: null,
			score: null,
			weak: 12
		}
	],
	total: { adjusted: '26845734.56', rate: '0.3600', score: '86.73', weak: 15 }
};

export const META: ExportMeta = {
	manifest: {
		version: '6f30b4345c16c279',
		built_at: '2024-01-31T01:05:00.000Z',
		counts: {
			forms: 2,
			indicators: 20,
			warnings: 0,
			departments: 1,
			years: [2021],
			by_origin: { real: 2, demo: 0 }
		},
		sources: [
			{
				file: 'data/forms/shanghai-2021-hrss.txt',
				sha256: 'a9e1',
				forms: 2,
				origin: 'real',
				errors: []
			}
		]
	},
	exportedAt: new Date('2024-01-31T01:05:00.000Z')
};
