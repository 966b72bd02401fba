/** The applied filters in words, printed above a downloaded or printed table. */
import { NO_FILTERS, type Filters } from '../model/filters.ts';
import { FORM_KIND_LABELS } from '../model/rules.ts';
import { rateBandLabels, thresholdText } from '../format/thresholds.ts';

const ORIGIN = { real: '仅真实数据', demo: '仅示例数据', uploaded: '仅上传数据' } as const;

/**
 * "部门：A、B；年度：2021–2023年度；…", or "无（全部数据）" when nothing is filtered. Thresholds
 * other than the defaults are named, since every rate band and mark follows them.
 */
export function filtersText(filters: Filters): string {
	const parts: string[] = [];
	if (filters.departments.length) parts.push(`部门：${filters.departments.join('、')}`);
	if (filters.yearFrom !== null || filters.yearTo !== null) {
		parts.push(`年度：${filters.yearFrom ?? '最早'}–${filters.yearTo ?? '最新'}年度`);
	}
	if (filters.kind !== 'all') parts.push(`类型：${FORM_KIND_LABELS[filters.kind]}`);
	if (filters.grades.length) parts.push(`等级：${filters.grades.join('、')}`);
	if (filters.rateBands.length) {
		const labels = rateBandLabels(filters.thresholds);
		parts.push(`执行率：${filters.rateBands.map((b) => labels[b]).join('、')}`);
	}
	if (filters.origin !== 'all') parts.push(`来源：${ORIGIN[filters.origin]}`);
	const t = filters.thresholds;
	const d = NO_FILTERS.thresholds;
	if (t.watch !== d.watch || t.attention !== d.attention) {
		parts.push(
			`阈值：需关注低于${thresholdText(t.attention)}，需留意低于${thresholdText(t.watch)}`
		);
	}
	return parts.length ? parts.join('；') : '无（全部数据）';
}
