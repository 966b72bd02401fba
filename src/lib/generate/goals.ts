/**
 * The 年度总体目标 texts: the planned goal (stable for a recurring project) and the year's
 * account of what was done, built from the project's own indicators.
 */
import type { Indicator } from '../model/form.ts';
import type { Random } from './random.ts';

const OPENERS = ['通过实施{p}，', '按照年度工作计划，', '根据本市相关工作部署，', ''];
const TASKS = [
	'完成{t}相关工作任务',
	'确保{t}工作按计划推进',
	'做好{t}各项工作',
	'推进{t}工作提质增效'
];
const DONE = ['按计划实施', '顺利实施', '稳步推进', '如期完成'];
const CLOSINGS = ['较好地完成了年度绩效目标。', '项目整体实施情况良好。', '达到了预期效果。'];

/** The planned goal: an opener, one or two of the field's aims and the project's task. */
export function goalTarget(random: Random, project: string, topic: string, aims: string[]): string {
	const opener = random.pick(OPENERS).replace('{p}', project);
	const chosen = random.sample(aims, random.int(1, 2)).join('，');
	return `${opener}${random.pick(TASKS).replace('{t}', topic)}，${chosen}。`;
}

/** What was done: the year, the project, up to two quantitative results and a closing. */
export function goalActual(
	random: Random,
	year: number,
	project: string,
	indicators: Indicator[]
): string {
	const results = indicators
		.filter((i) => i.weight !== '0' && /^[<>=]/.test(i.target ?? '') && i.actual)
		.slice(0, 2)
		.map((i) => `${i.name}${i.actual}`);
	const missed = indicators.some((i) => i.weight !== '0' && i.score !== i.weight);
	const closing = missed ? '部分指标未达到年度目标，将进一步加强管理。' : random.pick(CLOSINGS);
	const done = `${year}年，${project}${random.pick(DONE)}`;
	return results.length ? `${done}，${results.join('，')}，${closing}` : `${done}，${closing}`;
}
