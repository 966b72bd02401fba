/**
 * `generateCorpus`: the whole demo corpus as form records, deterministic for a seed.
 * Departments differ in pace (chronic underspenders), leniency (full marks despite misses) and
 * rounding; 2022 (and, less, 2020) is a bad year across the board.
 */
import type { FormRecord, Indicator } from '../model/form.ts';
import { dataWarnings, injectError, sumOfScores, type ArithmeticError } from './anomalies.ts';
import {
	corpusFileName,
	listDepartments,
	projectCounts,
	type GenerateOptions,
	type LayoutId
} from './corpus-plan.ts';
import type { Department } from './departments.ts';
import { drawFunds } from './funds.ts';
import { goalActual } from './goals.ts';
import { LEVEL2_ORDER } from './indicator-specs.ts';
import { reportIndicator, reportNotCarriedOut, type OutcomeContext } from './indicator-outcome.ts';
import { plain } from './money.ts';
import { simulatePortfolio, type Project } from './projects.ts';
import { Random } from './random.ts';
import { printedName, type RenameKind } from './renames.ts';
import { gradeOf } from './scoring.ts';
import { Dec } from './money.ts';
import { listRegionDepartments, MINISTRY } from './region.ts';
import { readLayout, TEMPLATE_INFO } from './templates/codes.ts';
import { shapeRecord } from './templates/shape.ts';

/** Extra underspending chance in the bad years (2020: the pandemic; 2022: the Shanghai lockdown). */
const BAD_YEARS: Record<number, number> = { 2020: 0.08, 2022: 0.2 };
const PACE = { fast: 0.5, normal: 1, slow: 2.6 } as const;

interface Habits {
	pace: number;
	leniency: number;
	places: 0 | 1;
}

function habitsOf(random: Random, department: Department): Habits {
	return {
		pace: PACE[department.pace] * random.float(0.8, 1.25),
		leniency: random.chance(0.2) ? random.float(0.4, 0.7) : random.float(0.03, 0.2),
		places: random.chance(0.7) ? 1 : 0
	};
}

const byLevel2 = (a: Indicator, b: Indicator) =>
	LEVEL2_ORDER.indexOf(a.level2 ?? '') - LEVEL2_ORDER.indexOf(b.level2 ?? '');

/**
 * The deliberate errors a template can show: no scores, no score errors; a total that adds rows
 * the record does not hold (湖北's 项目决策/项目管理 rubric) cannot be shown wrong by the record.
 */
function errorsOf(record: FormRecord): [ArithmeticError | null, number][] {
	const scored =
		record.total_score !== null && readLayout(record.source.template)?.template !== 'HB';
	const weighted = record.indicators.some((i) => i.weight !== null);
	return [
		[null, 965],
		['rate_mismatch', 14],
		['score_sum_mismatch', scored ? 14 : 0],
		['score_over_weight', weighted ? 7 : 0]
	];
}

function drawForm(
	random: Random,
	project: Project,
	year: number,
	habits: Habits,
	layout: LayoutId,
	department: Department
) {
	const underspendChance = Math.min(0.06 * habits.pace + (BAD_YEARS[year] ?? 0), 0.6);
	const style = readLayout(layout);
	const wholeYuan = style !== null && TEMPLATE_INFO[style.template].unit === '万元';
	const funds = drawFunds(random, project.budget, { underspendChance, wholeYuan });
	const underspent = funds.rate.lt(90);
	const ctx: OutcomeContext = {
		year,
		missChance:
			0.04 * Math.sqrt(habits.pace) + (underspent ? 0.18 : 0) + (BAD_YEARS[year] ?? 0) / 3,
		inflateChance: habits.leniency,
		silentChance: 0.05,
		places: habits.places
	};
	const indicators = project.indicators.plans.map(
		(plan) => reportIndicator(random, plan, ctx).indicator
	);
	if (project.indicators.spare.length > 0 && random.chance(0.04))
		for (const plan of random.sample(project.indicators.spare, random.int(1, 2)))
			indicators.push(reportNotCarriedOut(random, plan, year));
	indicators.sort(byLevel2);

	const record: FormRecord = {
		source: { file: '', index: 0, template: layout },
		kind: 'project',
		year,
		project: printedName(project, year),
		code: null,
		department: department.name,
		unit: project.unit,
		amount_unit: '元',
		funds: funds.rows,
		goals: { target: project.goal, actual: goalActual(random, year, project.name, indicators) },
		indicators,
		total_weight: '100',
		total_score: null,
		grade: null,
		warnings: []
	};
	record.total_score = plain(sumOfScores(record));
	if (style) {
		shapeRecord(
			random.fork(`shape:${random.int(0, 1e9)}`),
			record,
			style.template,
			MINISTRY[department.field]
		);
		// 湖北's total adds its rubric: shapeRecord sets it
		const printsTotal = !['TP', 'TPC', 'HE'].includes(style.template);
		if (style.template !== 'HB')
			record.total_score = printsTotal ? plain(sumOfScores(record)) : null;
	}
	const error = random.weighted<ArithmeticError | null>(errorsOf(record));
	if (error) record.warnings.push(injectError(random, record, error));
	record.warnings.push(...dataWarnings(record));
	if (layout === 'web' || style?.template === 'MOF+')
		record.grade = gradeOf(new Dec(record.total_score ?? 0));
	return record;
}

/** What the generator knows about each form that the form does not print. */
export interface FormTruth {
	/** the project's identity across years and renames */
	project: string;
	/** the rename planted this year, if any */
	renamed: RenameKind | null;
}

/**
 * Generates the corpus: for each department and year, one file's worth of project forms.
 * Records come grouped by file (department, then year) with `source` pointing at the file
 * `corpusFileName` names and the form's index in it.
 */
export function generateCorpus(options: GenerateOptions): FormRecord[] {
	return generateCorpusWithTruth(options).records;
}

/** The corpus and, for each record at the same index, its truth (the planted renames). */
export function generateCorpusWithTruth(options: GenerateOptions): {
	records: FormRecord[];
	truth: FormTruth[];
} {
	const truth: FormTruth[] = [];
	const root = new Random(`budgetlens-demo:${options.seed}`);
	const departments: Array<Department & { layout?: LayoutId }> = [
		...listDepartments(options.departments),
		...listRegionDepartments(options.region2 ?? 0)
	];
	const counts = projectCounts(root.fork('counts'), departments, options);
	const records: FormRecord[] = [];
	departments.forEach((department, d) => {
		const random = root.fork(`department:${department.slug}`);
		const habits = habitsOf(random.fork('habits'), department);
		const layout = department.layout ?? options.layouts[d % options.layouts.length] ?? 'shanghai';
		const portfolio = simulatePortfolio(random.fork('portfolio'), department, counts[d] ?? []);
		options.years.forEach((year, y) => {
			const file = corpusFileName(department, year, layout);
			const yearRandom = random.fork(`forms:${year}`);
			// a 部门整体 form covers the whole department: one a year
			const projects = portfolio[y] ?? [];
			const forms = readLayout(layout)?.template === 'DEPT' ? projects.slice(0, 1) : projects;
			forms.forEach((project, index) => {
				const record = drawForm(yearRandom, project, year, habits, layout, department);
				record.source = { file, index, template: layout };
				records.push(record);
				truth.push({ project: project.id, renamed: project.renamed });
			});
		});
	});
	return { records, truth };
}
