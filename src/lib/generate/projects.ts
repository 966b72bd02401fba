/**
 * A department's project portfolio over the years: recurring projects (same name, budgets
 * drifting), new ones starting and old ones ending, so that each year has the wanted count.
 */
import type { Department } from './departments.ts';
import { COMMON, FIELDS, PROJECT_SUFFIXES } from './fields.ts';
import { planIndicators, type PlannedIndicators } from './indicator-plan.ts';
import { specsOf } from './indicator-specs.ts';
import { DISTRICTS } from './departments.ts';
import { budgetAmount, Dec } from './money.ts';
import type { Random } from './random.ts';
import { goalTarget } from './goals.ts';
import { maybeRename, type RenameKind } from './renames.ts';

export interface Project {
	/** the project's identity across years and renames (the truth the project key is scored on) */
	id: string;
	/** the name without a year (renames.ts prints it) */
	name: string;
	yearPrefix: boolean;
	/** how the project was renamed this year, if it was */
	renamed: RenameKind | null;
	topic: string;
	unit: string;
	indicators: PlannedIndicators;
	goal: string;
	/** this year's planned budget in 元 */
	budget: Dec;
}

/** log10 budget ranges by department scale */
const BUDGET_RANGE = { small: [4.3, 6.8], medium: [4.6, 7.7], large: [5, 8.7] } as const;

function newName(random: Random, topic: string, used: Set<string>): string {
	for (let attempt = 0; attempt < 8; attempt++) {
		const name = topic + random.pick(PROJECT_SUFFIXES);
		if (!used.has(name)) return name;
	}
	for (let attempt = 0; ; attempt++) {
		const name = random.pick(DISTRICTS) + topic + random.pick(PROJECT_SUFFIXES);
		if (!used.has(name) || attempt > 40) return used.has(name) ? `${name}（${used.size}）` : name;
	}
}

function newProject(random: Random, department: Department, used: Set<string>): Project {
	const field = FIELDS[department.field];
	const common = random.chance(0.22);
	const topic = random.pick(common ? COMMON.topics : field.topics);
	const name = newName(random, topic, used);
	used.add(name);
	const [lo, hi] = BUDGET_RANGE[department.scale];
	const specs = common
		? [...specsOf('common'), ...specsOf(department.field).filter((s) => s.level1 === '满意度指标')]
		: [...specsOf(department.field), ...specsOf('common').filter((s) => s.name.includes('{t}'))];
	const beneficiaries = common ? COMMON.beneficiaries : field.beneficiaries;
	const units = department.units;
	return {
		id: `${department.slug}#${used.size}`,
		name,
		yearPrefix: false,
		renamed: null,
		topic,
		unit: units.length > 0 && random.chance(0.35) ? random.pick(units) : department.name,
		indicators: planIndicators(random, specs, topic, beneficiaries),
		goal: goalTarget(random, name, topic, common ? COMMON.aims : field.aims),
		budget: budgetAmount(random, common ? lo - 0.3 : lo, common ? hi - 0.8 : hi)
	};
}

/** The next year's budget of a recurring project: ±15 %, rounded like the first one. */
function drift(random: Random, budget: Dec): Dec {
	const next = budget.mul(random.float(0.85, 1.18).toFixed(4));
	const step = next.gte(1e6) ? 10000 : next.gte(1e5) ? 1000 : 100;
	return Dec.max(next.div(step).toDecimalPlaces(0).mul(step), step);
}

/**
 * Runs a department's portfolio through the years: each year about 12 % of projects end, the
 * rest recur with a drifted budget (a few renamed: renames.ts), and new projects fill up to
 * `counts[i]`.
 * Returns each year's projects (copies, so budgets are per year).
 */
export function simulatePortfolio(
	random: Random,
	department: Department,
	counts: readonly number[]
): Project[][] {
	const used = new Set<string>();
	let active: Project[] = [];
	return counts.map((count, y) => {
		const yearRandom = random.fork(`year:${y}`);
		const renames = random.fork(`rename:${y}`);
		active = active
			.filter(() => !yearRandom.chance(0.12))
			.map((p) => ({ ...p, budget: drift(yearRandom, p.budget), renamed: null }))
			.map((p) => {
				const renamed = maybeRename(renames, p, used);
				return renamed ? { ...renamed.project, renamed: renamed.kind } : p;
			});
		if (active.length > count) active = yearRandom.sample(active, count);
		while (active.length < count) active.push(newProject(yearRandom, department, used));
		return active.slice();
	});
}
