import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	parseFormId,
	projectFormQuery,
	projectFundsQuery,
	projectIndicatorsQuery,
	projectWarningsQuery,
	projectYearsQuery
} from '../../src/lib/queries/project.ts';
import type {
	FundRowView,
	IndicatorRowView,
	ProjectFormRow,
	ProjectYearRow,
	WarningRowView
} from '../../src/lib/model/form-rows.ts';
import { DEFAULT_THRESHOLDS } from '../../src/lib/model/thresholds.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import type { InputForm } from '../../src/lib/dataset/rows.ts';
import {
	datasetOf,
	parseFiles,
	SEED_FILE,
	smallCorpus,
	type TestDataset
} from '../helpers/dataset.ts';
import { projectKeys } from '../helpers/expected-facts.ts';

const seed = parseFiles([{ path: SEED_FILE }]);
const SKILLS = seed.find((f) => f.record.project === '高技能人才工作专项')!.record;

// The same project a year later, printed with a year prefix and different spacing.
const skills2022: FormRecord = {
	...structuredClone(SKILLS),
	year: 2022,
	project: '2022年 高技能人才工作专项（ ）',
	funds: SKILLS.funds.map((f) => ({
		...f,
		executed: f.executed === null ? null : new Decimal(f.executed).times(2).toFixed(2)
	}))
};
// Same name, another department: not the same project.
const elsewhere: FormRecord = { ...structuredClone(SKILLS), department: '上海市财政局' };

const CORPUS = smallCorpus();

const INPUTS: InputForm[] = [
	...seed,
	{ record: skills2022, origin: 'demo' },
	{ record: elsewhere, origin: 'demo' },
	...CORPUS.map((record) => ({ record, origin: 'demo' as const }))
];
/** form_id is the position in the input, from 1 (dataset/rows.ts). */
const idOf = (record: FormRecord) => INPUTS.findIndex((f) => f.record === record) + 1;
const SKILLS_ID = idOf(SKILLS);

let data: TestDataset;
beforeAll(async () => {
	data = await datasetOf(INPUTS);
});
afterAll(() => data?.close());

const D = (v: string | null | undefined) => new Decimal(v ?? 0);

describe('parseFormId', () => {
	it('reads a positive whole number', () => {
		expect(parseFormId('12')).toBe(12);
	});

	it('refuses anything else', () => {
		expect([null, '', '0', '-1', '1.5', '1 OR 1=1', '07'].map(parseFormId)).toEqual(
			Array(7).fill(null)
		);
	});
});

describe('projectFormQuery on 高技能人才工作专项', () => {
	let form: ProjectFormRow;
	beforeAll(async () => {
		[form] = (await data.db.query<ProjectFormRow>(
			projectFormQuery(SKILLS_ID, DEFAULT_THRESHOLDS)
		)) as [ProjectFormRow];
	});

	it('reads the header as printed', () => {
		expect([form.year, form.project, form.department, form.unit]).toEqual([
			SKILLS.year,
			SKILLS.project,
			SKILLS.department,
			SKILLS.unit
		]);
	});

	it('keeps the total score 91.3 and its 15 indicators', () => {
		expect(D(form.total_score).eq(SKILLS.total_score!)).toBe(true);
		expect(D(form.total_score).toFixed(1)).toBe('91.3');
		expect(form.indicator_count).toBe(15);
	});

	it('computes the rate executed / adjusted, beside the printed one', () => {
		const t = SKILLS.funds.find((f) => f.source === 'total')!;
		expect(form.rate).toBe(
			D(t.executed).div(t.adjusted!).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)
		);
		expect(D(form.rate_printed).eq(t.rate!)).toBe(true);
	});

	it('finds nothing for an unknown id', async () => {
		expect(await data.db.query(projectFormQuery(99_999, DEFAULT_THRESHOLDS))).toEqual([]);
	});
});

describe('projectFundsQuery', () => {
	it('gives every printed funds line in order with its computed rate', async () => {
		const rows = await data.db.query<FundRowView>(projectFundsQuery(SKILLS_ID));
		expect(
			rows.map((r) => ({
				source: r.source,
				adjusted: r.adjusted && D(r.adjusted).toFixed(2),
				rate: r.rate
			}))
		).toEqual(
			SKILLS.funds.map((f) => ({
				source: f.source,
				adjusted: f.adjusted === null ? null : D(f.adjusted).toFixed(2),
				rate:
					f.adjusted && f.executed && !D(f.adjusted).isZero()
						? D(f.executed).div(f.adjusted).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4)
						: null
			}))
		);
	});
});

describe('projectFundsQuery rate check', () => {
	it('accepts the printed 13.05% beside the computed 13.04…% (within 0.01 point)', async () => {
		const [total] = await data.db.query<FundRowView>(projectFundsQuery(SKILLS_ID));
		expect([total!.rate_printed && D(total!.rate_printed).toFixed(2), total!.rate]).toEqual([
			'13.05',
			'0.1304'
		]);
		expect(total!.rate_differs).toBe(false);
	});

	it('gives the points the funds line lost: 10 − 1.3 = 8.70', async () => {
		const [total] = await data.db.query<FundRowView>(projectFundsQuery(SKILLS_ID));
		const t = SKILLS.funds.find((f) => f.source === 'total')!;
		expect(D(total!.points_lost).toFixed(2)).toBe(D(t.weight).minus(D(t.score)).toFixed(2));
		expect(D(total!.points_lost).toFixed(2)).toBe('8.70');
	});

	it('flags a printed rate that differs by more than 0.01 point', async () => {
		const warned = CORPUS.find((r) => r.warnings.some((w) => w.code === 'rate_mismatch'))!;
		const rows = await data.db.query<FundRowView>(projectFundsQuery(idOf(warned)));
		expect(rows.find((r) => r.source === 'total')!.rate_differs).toBe(true);
	});
});

describe('projectIndicatorsQuery', () => {
	let rows: IndicatorRowView[];
	beforeAll(async () => {
		rows = await data.db.query<IndicatorRowView>(projectIndicatorsQuery(SKILLS_ID));
	});

	it('lists the 15 indicators in printed order', () => {
		expect(rows.map((r) => r.name)).toEqual(SKILLS.indicators.map((i) => i.name));
		expect(rows).toHaveLength(15);
	});

	it('gives the points each lost: weight − score when positive, else 0', () => {
		expect(rows.map((r) => D(r.points_lost).toFixed(4))).toEqual(
			SKILLS.indicators.map((i) => Decimal.max(D(i.weight).minus(D(i.score)), 0).toFixed(4))
		);
	});

	it('adds up, with the funds score, to the printed total 91.3', () => {
		const scores = rows.reduce((s, r) => s.plus(D(r.score)), new Decimal(0));
		const funds = D(SKILLS.funds.find((f) => f.source === 'total')!.score);
		expect(scores.plus(funds).toFixed(1)).toBe('91.3');
	});
});

describe('projectWarningsQuery', () => {
	const warned = CORPUS.find((r) => r.warnings.length > 0)!;

	it('gives a generated form’s warnings in the order raised', async () => {
		const rows = await data.db.query<WarningRowView>(projectWarningsQuery(idOf(warned)));
		expect(rows.map((r) => [r.code, r.message])).toEqual(
			warned.warnings.map((w) => [w.code, w.message])
		);
	});

	it('gives none for the clean seed form', async () => {
		expect(await data.db.query(projectWarningsQuery(SKILLS_ID))).toEqual(
			SKILLS.warnings.map((w) => ({ code: w.code, message: w.message, text: w.text ?? null }))
		);
	});
});

describe('projectYearsQuery', () => {
	const keys = projectKeys(INPUTS.map((f) => f.record));

	it('matches 高技能人才工作专项 with its 2022 form printed as “2022年 高技能人才工作专项（ ）”', async () => {
		const rows = await data.db.query<ProjectYearRow>(
			projectYearsQuery(SKILLS_ID, DEFAULT_THRESHOLDS)
		);
		expect(rows.map((r) => [r.form_id, r.year, r.current])).toEqual([
			[SKILLS_ID, 2021, true],
			[idOf(skills2022), 2022, false]
		]);
	});

	it('leaves out the same name under another department', async () => {
		const rows = await data.db.query<ProjectYearRow>(
			projectYearsQuery(SKILLS_ID, DEFAULT_THRESHOLDS)
		);
		expect(rows.map((r) => r.form_id)).not.toContain(idOf(elsewhere));
	});

	it('finds every year of each generated project, oldest first', async () => {
		for (const record of CORPUS.slice(0, 6)) {
			const rows = await data.db.query<ProjectYearRow>(
				projectYearsQuery(idOf(record), DEFAULT_THRESHOLDS)
			);
			const expected = INPUTS.map((f) => f.record)
				.filter((r) => keys[idOf(r) - 1] === keys[idOf(record) - 1])
				.sort((a, b) => a.year! - b.year! || idOf(a) - idOf(b))
				.map((r) => idOf(r));
			expect(rows.map((r) => r.form_id)).toEqual(expected);
		}
	});

	it('says how the 2022 form joins the 2021 one', async () => {
		const rows = await data.db.query<ProjectYearRow>(
			projectYearsQuery(SKILLS_ID, DEFAULT_THRESHOLDS)
		);
		expect(rows.map((r) => r.key_rule)).toEqual([null, 'name']);
		expect(rows[1]!.key_evidence).toContain('2022年 高技能人才工作专项（ ）');
	});

	it('shows the second year’s doubled execution exactly', async () => {
		const rows = await data.db.query<ProjectYearRow>(
			projectYearsQuery(SKILLS_ID, DEFAULT_THRESHOLDS)
		);
		const t = SKILLS.funds.find((f) => f.source === 'total')!;
		expect(D(rows[1]!.executed).toFixed(2)).toBe(D(t.executed).times(2).toFixed(2));
	});
});
