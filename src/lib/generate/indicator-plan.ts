/**
 * A project's indicator plan: which indicators it reports (from its field's catalog), their
 * targets and their weights (产出 + 效益 + 满意度 = 90, the funds weight 10 comes on top).
 * A recurring project keeps its plan from year to year.
 */
import { Dec, roundNumber } from './money.ts';
import { LEVEL2_ORDER, type IndicatorSpec, type SpecOp } from './indicator-specs.ts';
import type { Random } from './random.ts';

export interface IndicatorPlan {
	level1: string;
	level2: string;
	name: string;
	op: SpecOp;
	unit: string;
	/** quantitative: the target number; qual: the target words; date: the deadline wording */
	target: string;
	/** date targets: the deadline month */
	month: number;
	weight: number;
}

/** The plan and the 产出 indicators left over (reported with weight 0 when not carried out). */
export interface PlannedIndicators {
	plans: IndicatorPlan[];
	spare: IndicatorPlan[];
}

/** Splits `total` points into `count` integer weights: multiples of 5 when that works. */
function splitWeight(random: Random, total: number, count: number): number[] {
	if (count <= 0) return [];
	const step = total % 5 === 0 && total / 5 >= count ? 5 : 1;
	const units = total / step;
	const parts = new Array<number>(count).fill(Math.floor(units / count));
	for (let i = 0; i < units % count; i++) parts[random.int(0, count - 1)]! += 1;
	const floor = step === 5 ? 1 : Math.min(2, Math.floor(units / count));
	for (let moves = random.int(0, count); moves > 0; moves--) {
		const from = random.int(0, count - 1);
		const to = random.int(0, count - 1);
		if (parts[from]! > floor && from !== to) {
			parts[from]! -= 1;
			parts[to]! += 1;
		}
	}
	return parts.map((p) => p * step);
}

function planOf(
	random: Random,
	spec: IndicatorSpec,
	topic: string,
	beneficiary: string
): IndicatorPlan {
	let target: string;
	if (spec.op === 'qual' || spec.op === 'date' || !spec.range) target = random.pick(spec.values);
	else {
		const rounded = roundNumber(random, Number(spec.values[0]), Number(spec.values[1]));
		// counts of things (个, 所, 人次) are whole; 万人次, 亿元, 公里 may carry a decimal
		const value = /^[万亿]|公里/.test(spec.unit) ? rounded : Dec.max(rounded.round(), 1);
		target = (spec.unit === '%' ? Dec.min(value, 100) : value).toFixed();
	}
	return {
		level1: spec.level1,
		level2: spec.level2,
		name: spec.name.replaceAll('{t}', topic).replaceAll('{b}', beneficiary),
		op: spec.op,
		unit: spec.unit,
		target,
		month: random.weighted([
			[12, 6],
			[11, 1],
			[10, 1],
			[9, 1],
			[6, 1]
		]),
		weight: 0
	};
}

/** Picks up to `count` specs, first one of each wanted 二级指标, then any. */
function pickSpecs(random: Random, pool: IndicatorSpec[], count: number, wanted: string[]) {
	const shuffled = random.shuffle(pool);
	const chosen: IndicatorSpec[] = [];
	for (const level2 of wanted) {
		const spec = shuffled.find((s) => s.level2 === level2 && !chosen.includes(s));
		if (spec && chosen.length < count) chosen.push(spec);
	}
	for (const spec of shuffled)
		if (chosen.length < count && !chosen.includes(spec)) chosen.push(spec);
	return { chosen, rest: shuffled.filter((s) => !chosen.includes(s)) };
}

const byLevel2 = (a: IndicatorPlan, b: IndicatorPlan) =>
	LEVEL2_ORDER.indexOf(a.level2) - LEVEL2_ORDER.indexOf(b.level2);

/**
 * Plans a project's indicators: 4–7 产出, 2–3 效益, 1–2 满意度; weights per 一级 mostly 50/30/10,
 * sometimes shifted (domain.md §2), always adding up to 90.
 */
export function planIndicators(
	random: Random,
	specs: IndicatorSpec[],
	topic: string,
	beneficiaries: string[]
): PlannedIndicators {
	const output = pickSpecs(
		random,
		specs.filter((s) => s.level1 === '产出指标'),
		random.int(4, 7),
		['数量指标', '质量指标', '时效指标']
	);
	const effect = pickSpecs(
		random,
		specs.filter((s) => s.level1 === '效益指标'),
		random.int(2, 3),
		['社会效益指标']
	);
	const satisfaction = specs.find((s) => s.level1 === '满意度指标');
	const served = random.sample(beneficiaries, random.chance(0.35) ? 2 : 1);

	const satisfactionWeight = random.weighted([
		[10, 7],
		[5, 1],
		[15, 1],
		[20, 1]
	]);
	const outputWeight = random.weighted([
		[50, 5],
		[40, 1],
		[45, 1],
		[55, 1],
		[60, 1]
	]);
	const groups: [IndicatorSpec[], number, string[]][] = [
		[output.chosen, outputWeight, [beneficiaries[0] ?? '']],
		[effect.chosen, 90 - outputWeight - satisfactionWeight, [beneficiaries[0] ?? '']],
		[satisfaction ? served.map(() => satisfaction) : [], satisfactionWeight, served]
	];
	// a group with no indicator hands its points to 产出, which always has some
	const first = groups[0]!;
	for (const group of groups.slice(1))
		if (group[0].length === 0) [first[1], group[1]] = [first[1] + group[1], 0];
	const plans: IndicatorPlan[] = [];
	for (const [chosen, total, names] of groups) {
		const group = chosen.map((spec, i) => planOf(random, spec, topic, names[i] ?? names[0] ?? ''));
		group.sort(byLevel2);
		const weights = splitWeight(random, total, group.length);
		group.forEach((plan, i) => (plan.weight = weights[i] ?? 0));
		plans.push(...group);
	}
	const spare = output.rest.map((spec) => planOf(random, spec, topic, beneficiaries[0] ?? ''));
	return { plans: dedupe(plans), spare };
}

/** Two specs can give the same name (e.g. {t} in both): merge their weights into the first. */
function dedupe(plans: IndicatorPlan[]): IndicatorPlan[] {
	const out: IndicatorPlan[] = [];
	for (const plan of plans) {
		const twin = out.find((p) => p.name === plan.name);
		if (twin) twin.weight += plan.weight;
		else out.push(plan);
	}
	return out;
}
