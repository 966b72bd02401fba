/**
 * 湖北 (domain.md §3 row HB, real form 026): a 项目决策 (2 分) / 项目管理 (13 分) rubric scored
 * row by row, then 项目绩效 (85 分), whose table prints points per 一级 and 二级 group only
 * (`数量指标15分`); each 三级 indicator is worth its group's points ÷ the group's size.
 * The record holds what the form prints per indicator: levels, name, target, actual, score; no
 * weight, no note (the form has no 偏差原因 column), no rubric rows, the goal target only.
 */
import type { FormRecord, Indicator } from '../../model/form.ts';
import { Dec, plain, roundToSum, scaledScore } from '../money.ts';
import type { Random } from '../random.ts';
import { cell, money, symbols, type Table } from './cells.ts';

/** The rubric's rows: 项目权重 section, 评价内容, 分值, the rule (评价标准及依据). */
const RUBRIC: ReadonlyArray<
	readonly [section: string, name: string, weight: number, rule: string]
> = [
	['项目决策', '决策依据', 2, '有年度工作计划或上级批复文件计2分,没有不得分。'],
	['项目管理', '财务制度', 3, '1、财务管理制度1分;2、项目管理制度1分;3、执行佐证资料1分。'],
	['项目管理', '组织机构', 2, '有专门机构或专人负责绩效管理计2分,没有不得分。'],
	['项目管理', '运行监管', 4, '1、运行监管记录3分;2、填报绩效监控表1分。'],
	['项目管理', '目标申报', 4, '1、目标申报完整1分,缺一项扣0.5分;2、按时申报计2分,逾期扣1分。']
];
const RUBRIC_POINTS = RUBRIC.reduce((s, [, , w]) => s + w, 0);
const PERFORMANCE = 100 - RUBRIC_POINTS;
/** The 项目绩效 points by 一级 (026 prints 产出指标 40 分), shared out over the groups printed. */
const LEVEL1_SHARE: Readonly<Record<string, number>> = {
	产出指标: 40,
	效益指标: 35,
	满意度指标: 10
};

const sumScores = (indicators: readonly Indicator[]) =>
	indicators.reduce((s, i) => s.plus(i.score ?? 0), new Dec(0));

const groupKey = (i: Indicator) => `${i.level1}|${i.level2}`;

/**
 * The points the table prints: 85 over the 一级 groups (by LEVEL1_SHARE), each 一级's over its
 * 二级 groups by their size (leftovers on the first group), and the 三级 weight = group ÷ size
 * (026's rubric rounds it to whole points; these units score on the exact share, so the total
 * never passes 100). A function of the levels alone: the table prints what the record implies.
 */
export function hubeiPoints(indicators: readonly Indicator[]) {
	const level1s = [...new Set(indicators.map((i) => i.level1 ?? ''))];
	const shares = level1s.map((l) => LEVEL1_SHARE[l] ?? 10);
	const sum = shares.reduce((a, b) => a + b, 0);
	const level1 = new Map(level1s.map((l, k) => [l, Math.round((shares[k]! * PERFORMANCE) / sum)]));
	level1.set(level1s[0]!, PERFORMANCE - [...level1.values()].slice(1).reduce((a, b) => a + b, 0));
	const group = new Map<string, number>();
	for (const [l1, points] of level1) {
		const members = indicators.filter((i) => (i.level1 ?? '') === l1);
		const keys = [...new Set(members.map(groupKey))];
		const counts = keys.map((k) => members.filter((i) => groupKey(i) === k).length);
		const each = keys.map((_, k) => Math.floor((points * counts[k]!) / members.length));
		each[0] = (each[0] ?? 0) + points - each.reduce((a, b) => a + b, 0);
		keys.forEach((k, n) => group.set(k, each[n]!));
	}
	const weight = (i: Indicator) => {
		const size = indicators.filter((x) => groupKey(x) === groupKey(i)).length;
		return new Dec(group.get(groupKey(i))!).div(size);
	};
	return { level1, group, weight };
}

/**
 * Reshapes a drawn project form into 湖北's: the scores rescaled to the scheme's 三级 weights
 * (full marks stay full), the rubric's lost points drawn, the total = rubric + indicator scores.
 */
export function shapeHubei(random: Random, record: FormRecord): void {
	const total = record.funds[0]!;
	record.funds = [
		{
			source: 'total',
			initial: null,
			adjusted: total.adjusted,
			executed: total.executed,
			rate: total.rate ?? null
		}
	];
	const { weight } = hubeiPoints(record.indicators);
	// full marks rounded so that each 二级 group's add up to the points it prints, never above
	// (rounding each 85 / 3 up would print a total of 100.1)
	const full: Dec[] = [];
	for (const key of new Set(record.indicators.map(groupKey))) {
		const members = [...record.indicators.keys()].filter(
			(k) => groupKey(record.indicators[k]!) === key
		);
		const rounded = roundToSum(
			members.map((k) => weight(record.indicators[k]!)),
			1
		);
		members.forEach((k, n) => (full[k] = rounded[n]!));
	}
	record.indicators = record.indicators.map((i, k) => {
		const [old, score, w] = [new Dec(i.weight ?? 0), new Dec(i.score ?? 0), weight(i)];
		const top = full[k]!;
		const next = scaledScore(old, score, top, (s) => s.mul(w).div(old));
		return { ...i, weight: null, score: plain(next), note: null };
	});
	const items = random.chance(0.5) ? '' : '2.3.';
	record.goals = { target: `1.${record.goals?.target ?? ''}${items}`, actual: null };
	const lost = RUBRIC.filter(() => random.chance(0.15)).length;
	const scores = sumScores(record.indicators);
	record.total_score = plain(scores.plus(RUBRIC_POINTS - lost));
	record.total_weight = null;
}

/** The rubric's 自评分: the total less the indicator scores, the points lost from the last row up. */
function rubricScores(record: FormRecord): number[] {
	const scores = sumScores(record.indicators);
	const rubric = new Dec(record.total_score ?? 0).minus(scores).toNumber();
	const lost = RUBRIC_POINTS - rubric;
	if (!Number.isInteger(lost) || lost < 0 || lost > RUBRIC.length)
		throw new Error(`湖北 rubric cannot score ${rubric} of ${RUBRIC_POINTS}`);
	return RUBRIC.map(([, , w], k) => (k >= RUBRIC.length - lost ? w - 1 : w));
}

export function hubeiTable(record: FormRecord): Table {
	const total = record.funds[0];
	const amount = (v: string | null | undefined) => money(v, '万元');
	const rubric = rubricScores(record);
	const { level1, group } = hubeiPoints(record.indicators);
	const inds = record.indicators;
	return [
		[
			`${record.department}${record.year}年度财政预算支出项目绩效目标自评表`,
			`填报日期:${(record.year ?? 0) + 1}年8月10日`
		],
		['项目名称', cell(record.project), '自评总分:', cell(record.total_score)],
		['项目主管单位', cell(record.department), '项目实施单位', cell(record.unit)],
		['项目负责人', '×××', '项目属性', '1、常年性☑ 2、延续性□ 3、一次性□ 4、新增性□'],
		[
			'项目资金来源',
			'中央(万元)',
			'省、地(万元)',
			'本级(万元)',
			'其他(万元)',
			'合计(万元)',
			'执行数(万元)',
			'执行率'
		],
		[
			'',
			'',
			'',
			amount(total?.adjusted),
			'',
			amount(total?.adjusted),
			amount(total?.executed),
			total?.rate == null ? '' : `${total.rate} %`
		],
		['项目年度目标', cell(record.goals?.target)],
		['项目权重', '评价内容', '分值', '自评分', '复核分', '评价标准及依据'],
		...RUBRIC.map(([section, name, weight, rule], k) => [
			...(RUBRIC[k - 1]?.[0] !== section ? [`${section}${sectionPoints(section)}分`] : []),
			name,
			String(weight),
			String(rubric[k]),
			'',
			rule
		]),
		[`项目年度目标1:${cell(record.project)}`],
		[
			'项目权重',
			'一级指标',
			'二级指标',
			'指标名称(三级指标)',
			'年初指标值',
			'年终完成值',
			'自评分',
			'复核分',
			'评价标准'
		],
		...inds.map((indicator, i) => {
			const previous = inds[i - 1];
			const first1 = previous?.level1 !== indicator.level1;
			const first2 = first1 || previous?.level2 !== indicator.level2;
			const points = group.get(groupKey(indicator));
			return [
				...(i === 0 ? [`项目绩效${PERFORMANCE}分`] : []),
				...(first1 ? [`${indicator.level1}${level1.get(indicator.level1 ?? '')}分`] : []),
				...(first2 ? [`${indicator.level2}${points}分`] : []),
				indicator.name,
				symbols(indicator.target),
				cell(indicator.actual),
				cell(indicator.score),
				'',
				first2 ? `1、附三级指标完成情况佐证材料;2、三级指标分值=${points}分÷三级指标个数。` : ''
			];
		})
	];
}

const sectionPoints = (section: string) =>
	RUBRIC.filter(([s]) => s === section).reduce((a, [, , w]) => a + w, 0);
