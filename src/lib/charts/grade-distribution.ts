/** How many forms in each grade, 优 to 差. Pure option builder. */
import { GRADE_BANDS, type Grade } from '../model/rules.ts';
import { BASE_OPTION, SIGNAL } from './theme.ts';

const GRADE_COLOR: Record<Grade, string> = {
	优: SIGNAL.good,
	良: '#5b8db8',
	中: SIGNAL.watch,
	差: SIGNAL.attention
};

export function gradeDistributionOption(counts: readonly { grade: string; forms: number }[]) {
	const bands = GRADE_BANDS.bands;
	const labels = bands.map((b, i) => {
		const upper = i === 0 ? 100 : (bands[i - 1]?.min ?? 100) - 1;
		return `${b.grade}（${b.min}–${upper}分）`;
	});
	return {
		...BASE_OPTION,
		grid: { left: 8, right: 40, top: 24, bottom: 8, containLabel: true },
		tooltip: { ...BASE_OPTION.tooltip, trigger: 'axis' },
		xAxis: { type: 'value', minInterval: 1, name: '项目数' },
		yAxis: { type: 'category', data: labels, inverse: true },
		series: [
			{
				type: 'bar',
				name: '项目数',
				data: bands.map((b) => ({
					value: counts.find((c) => c.grade === b.grade)?.forms ?? 0,
					itemStyle: { color: GRADE_COLOR[b.grade] }
				})),
				label: { show: true, position: 'right' },
				barMaxWidth: 28
			}
		]
	};
}
