/**
 * The corpus's shape before any form is drawn: which departments, how many projects each has
 * per year (scaled to a wanted total when one is given), and each department's habits.
 */
import { DEPARTMENTS, DISTRICTS, type Department } from './departments.ts';
import { FIELDS, type FieldId } from './fields.ts';
import type { Random } from './random.ts';
import { readLayout } from './templates/codes.ts';

/**
 * `shanghai` (PDF text after the seed), `web` (a `|` table), or a template printed in one
 * extraction, e.g. `sc-pipes` (templates/codes.ts).
 */
export type LayoutId = string;

export interface GenerateOptions {
	seed: number;
	/** how many departments (the municipal catalog first, then district bureaus) */
	departments: number;
	years: number[];
	/** a wanted total of forms, overriding `projectsPerDepartment` */
	forms?: number;
	/** the range of a department's projects per year (default 5–30, by department size) */
	projectsPerDepartment?: [number, number];
	layouts: LayoutId[];
	/** departments of the second region (other provinces' templates; default none) */
	region2?: number;
}

/**
 * The default demo corpus: 60 Shanghai departments in both Shanghai layouts, and 24 county
 * departments of other provinces in their own templates, 2019–2023.
 */
export const DEFAULT_OPTIONS: GenerateOptions = {
	seed: 2024,
	departments: 60,
	years: [2019, 2020, 2021, 2022, 2023],
	layouts: ['shanghai', 'web'],
	region2: 24
};

/** Whether a layout id is one the generator prints. */
export const isLayout = (layout: string) =>
	layout === 'shanghai' || layout === 'web' || readLayout(layout) !== null;

/** Lists `count` departments: the municipal ones, then district bureaus of each field. */
export function listDepartments(count: number): Department[] {
	const out = DEPARTMENTS.slice(0, count);
	const fields = Object.keys(FIELDS) as FieldId[];
	for (let i = 0; out.length < count; i++) {
		const district = DISTRICTS[i % DISTRICTS.length]!;
		const field = fields[Math.floor(i / DISTRICTS.length) % fields.length]!;
		const round = Math.floor(i / (DISTRICTS.length * fields.length));
		out.push({
			name: `上海市${district}${FIELDS[field].bureau}${round ? `第${round + 1}分局` : ''}`,
			slug: `district-${(i % DISTRICTS.length) + 1}-${field}${round ? `-${round + 1}` : ''}`,
			field,
			scale: 'small',
			pace: 'normal',
			units: []
		});
	}
	return out;
}

const SIZE_RANGE = { small: [5, 14], medium: [9, 22], large: [15, 30] } as const;

/** Projects per department (rows) and year (columns), summing to `forms` when it is given. */
export function projectCounts(
	random: Random,
	departments: Department[],
	options: GenerateOptions
): number[][] {
	const counts = departments.map((d) => {
		const r = random.fork(`size:${d.slug}`);
		const [lo, hi] = options.projectsPerDepartment ?? SIZE_RANGE[d.scale];
		const base = r.int(lo, hi);
		return options.years.map(() =>
			Math.max(lo, Math.min(hi, Math.round(base * r.float(0.85, 1.15))))
		);
	});
	if (options.forms === undefined) return counts;
	// scale to the wanted total, by largest remainders
	const cells = counts.flat();
	const sum = cells.reduce((a, b) => a + b, 0);
	const exact = cells.map((c) => (c * options.forms!) / sum);
	const floors = exact.map(Math.floor);
	let left = options.forms - floors.reduce((a, b) => a + b, 0);
	const order = exact
		.map((e, i) => [e - Math.floor(e), i] as const)
		.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (const [, i] of order) if (left-- > 0) floors[i]! += 1;
	const width = options.years.length;
	return departments.map((_, d) => floors.slice(d * width, (d + 1) * width));
}

/** The file a department's forms of one year go to, e.g. `2021/shanghai/education-2021.txt`. */
export function corpusFileName(department: Department, year: number, layout: LayoutId): string {
	return `${year}/${layout}/${department.slug}-${year}.txt`;
}
