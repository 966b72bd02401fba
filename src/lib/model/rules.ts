/**
 * Rules that differ by place and year, as data with their source. Grades are computed from the
 * total score (most forms print none); execution thresholds drive the 红黄绿灯 colours.
 */

export type Grade = '优' | '良' | '中' | '差';

export interface GradeBand {
	grade: Grade;
	/** lowest total score in the band, inclusive */
	min: number;
}

/** 优 90–100, 良 80–89, 中 60–79, 差 0–59: 财政部预算司 unified standard for central departments. */
export const GRADE_BANDS: { source: string; bands: readonly GradeBand[] } = {
	source: '财政部预算司中央部门项目支出绩效评价等级标准（财预〔2020〕10号配套）',
	bands: [
		{ grade: '优', min: 90 },
		{ grade: '良', min: 80 },
		{ grade: '中', min: 60 },
		{ grade: '差', min: 0 }
	]
};

export const GRADES: readonly Grade[] = GRADE_BANDS.bands.map((b) => b.grade);

export interface ExecutionThresholds {
	/** below this execution rate (fraction) a project needs attention (red) */
	attention: number;
	/** below this it is watched (amber); at or above, fine (green) */
	watch: number;
	source: string;
}

/** 执行率 < 90% must be explained (四川 template: 预算执行率未达到90%的需说明原因); < 60% is 差. */
export const EXECUTION_THRESHOLDS: ExecutionThresholds = {
	attention: 0.6,
	watch: 0.9,
	source: '四川省部门预算项目支出绩效自评表填报说明；财预〔2020〕10号等级划分'
};

export type RateBand = 'attention' | 'watch' | 'good';

/** The bands from worst to best; what each covers depends on the thresholds (model/thresholds.ts). */
export const RATE_BANDS: readonly RateBand[] = ['attention', 'watch', 'good'];

export type FormKind = 'project' | 'department';

/** How a form kind is called (表单类型). A department form has no project: it goes by this name. */
export const FORM_KIND_LABELS: Record<FormKind, string> = {
	project: '项目支出',
	department: '部门整体支出'
};

/** How a grade is marked (红黄灯): 差 needs attention, 中 is watched, the others are fine. */
export const GRADE_TONE: Record<Grade, 'attention' | 'watch' | null> = {
	优: null,
	良: null,
	中: 'watch',
	差: 'attention'
};

/** The mark of a grade written as text (null, or not a grade: none). */
export const gradeTone = (grade: string | number | boolean | null | undefined) =>
	typeof grade === 'string' && grade in GRADE_TONE ? GRADE_TONE[grade as Grade] : null;
