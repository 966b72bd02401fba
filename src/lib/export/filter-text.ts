/** The applied filters in words, printed above a downloaded or printed table. */
import { RATE_BAND_LABELS } from '../model/rules.ts';
import type { Filters } from '../state/filters.ts';

const KIND = { project: '项目支出', department: '部门整体支出' } as const;
const ORIGIN = { real: '仅真实数据', demo: '仅示例数据' } as const;

/** "部门：A、B；年度：2021–2023年度；…", or "无（全部数据）" when nothing is filtered. */
export function filtersText(filters: Filters): string {
	const parts: string[] = [];
	if (filters.departments.length) parts.push(`部门：${filters.departments.join('、')}`);
	if (filters.yearFrom !== null || filters.yearTo !== null) {
		parts.push(`年度：${filters.yearFrom ?? '最早'}–${filters.yearTo ?? '最新'}年度`);
	}
	if (filters.kind !== 'all') parts.push(`类型：${KIND[filters.kind]}`);
	if (filters.grades.length) parts.push(`等级：${filters.grades.join('、')}`);
	if (filters.rateBands.length) {
		parts.push(`执行率：${filters.rateBands.map((b) => RATE_BAND_LABELS[b]).join('、')}`);
	}
	if (filters.origin !== 'all') parts.push(`来源：${ORIGIN[filters.origin]}`);
	return parts.length ? parts.join('；') : '无（全部数据）';
}
