/**
 * The SQL text of every query builder, as a snapshot (tests/queries/__snapshots__): a change to
 * it must be deliberate, since the database prepares each text once and a text that varies with
 * the filters would be parsed and planned again on every change. Each builder is also called
 * with other filters and thresholds, and must write the very same text (only the values differ).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEASURES, measuresFor, type CompareBy } from '../../src/lib/model/compare.ts';
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import type { Query } from '../../src/lib/model/query.ts';
import { DERIVED_TABLES } from '../../src/lib/dataset/derived.ts';
import * as compare from '../../src/lib/queries/compare.ts';
import * as credibility from '../../src/lib/queries/credibility.ts';
import * as quality from '../../src/lib/queries/data-quality.ts';
import * as department from '../../src/lib/queries/department.ts';
import * as brief from '../../src/lib/queries/department-brief.ts';
import { CREATE_FACTS } from '../../src/lib/queries/facts.ts';
import * as indicators from '../../src/lib/queries/indicators.ts';
import * as options from '../../src/lib/queries/options.ts';
import * as origins from '../../src/lib/queries/origins.ts';
import * as overview from '../../src/lib/queries/overview.ts';
import * as project from '../../src/lib/queries/project.ts';
import * as matches from '../../src/lib/queries/project-matches.ts';
import * as reasons from '../../src/lib/queries/reasons.ts';
import * as targets from '../../src/lib/queries/target-quality.ts';
import * as underspending from '../../src/lib/queries/underspending.ts';
import * as causes from '../../src/lib/queries/underspent-causes.ts';

const OTHER: Filters = {
	departments: ["甲局' OR 1=1 --", '乙委'],
	yearFrom: 2021,
	yearTo: 2022,
	kind: 'project',
	grades: ['优', '差'],
	rateBands: ['attention', 'watch'],
	origin: 'real',
	thresholds: { watch: '0.875', attention: '0.5' }
};

/** Every builder by name, as a function of the filters (the other arguments fixed). */
const BUILDERS: Record<string, (f: Filters) => Query> = {
	summaryQuery: overview.summaryQuery,
	summaryByYearQuery: overview.summaryByYearQuery,
	rateHeatmapQuery: overview.rateHeatmapQuery,
	gradeDistributionQuery: overview.gradeDistributionQuery,
	projectRatesQuery: (f) => overview.projectRatesQuery(f, 15),
	underspendSummaryQuery: underspending.underspendSummaryQuery,
	'unspentProjectsQuery unspent': (f) => underspending.unspentProjectsQuery(f, 'unspent', 15),
	'unspentProjectsQuery rate': (f) => underspending.unspentProjectsQuery(f, 'rate', 30),
	unspentDepartmentsQuery: (f) => underspending.unspentDepartmentsQuery(f, 1000),
	'budgetChangesQuery cut': (f) => underspending.budgetChangesQuery(f, 'cut'),
	'budgetChangesQuery add': (f) => underspending.budgetChangesQuery(f, 'add'),
	budgetRatePointsQuery: underspending.budgetRatePointsQuery,
	departmentYearsQuery: (f) => department.departmentYearsQuery('甲局', f),
	departmentTotalQuery: (f) => department.departmentTotalQuery('甲局', f),
	departmentProjectsQuery: (f) => department.departmentProjectsQuery('甲局', f),
	departmentWeakIndicatorsQuery: (f) => department.departmentWeakIndicatorsQuery('甲局', f),
	departmentSignalYearsQuery: (f) => brief.departmentSignalYearsQuery('甲局', f),
	departmentUnderspentQuery: (f) => brief.departmentUnderspentQuery('甲局', f),
	warningCountsQuery: quality.warningCountsQuery,
	formWarningsQuery: (f) => quality.formWarningsQuery(f, 'rate_mismatch'),
	indicatorSummaryQuery: indicators.indicatorSummaryQuery,
	pointsLostByCategoryQuery: indicators.pointsLostByCategoryQuery,
	pointsLostByDepartmentQuery: indicators.pointsLostByDepartmentQuery,
	pointsLostByYearQuery: indicators.pointsLostByYearQuery,
	'weakIndicatorsQuery weak': (f) => indicators.weakIndicatorsQuery(f, 'weak'),
	'weakIndicatorsQuery unexplained': (f) => indicators.weakIndicatorsQuery(f, 'unexplained'),
	'weakIndicatorsQuery inflated': (f) => indicators.weakIndicatorsQuery(f, 'inflated'),
	recurringWeakQuery: indicators.recurringWeakQuery,
	pointsLostByDepartmentYearQuery: indicators.pointsLostByDepartmentYearQuery,
	departmentOptionsQuery: () => options.departmentOptionsQuery(),
	yearOptionsQuery: () => options.yearOptionsQuery(),
	originCountsQuery: origins.originCountsQuery,
	projectFormQuery: (f) => project.projectFormQuery(7, f.thresholds),
	projectFundsQuery: () => project.projectFundsQuery(7),
	projectIndicatorsQuery: () => project.projectIndicatorsQuery(7),
	projectWarningsQuery: () => project.projectWarningsQuery(7),
	projectYearsQuery: (f) => project.projectYearsQuery(7, f.thresholds),
	credibilityQuery: credibility.credibilityQuery,
	...Object.fromEntries(
		(['full_marks', 'inflated', 'high_low', 'unexplained'] as const).map((figure) => [
			`credibilityFormsQuery ${figure}`,
			(f: Filters) => credibility.credibilityFormsQuery(f, '甲局', figure)
		])
	),
	causeSummaryQuery: reasons.causeSummaryQuery,
	causeByDepartmentYearQuery: reasons.causeByDepartmentYearQuery,
	reasonCoverageQuery: reasons.reasonCoverageQuery,
	boilerplateQuery: (f) => reasons.boilerplateQuery(f, 50),
	reasonIndicatorsQuery: (f) =>
		reasons.reasonIndicatorsQuery(f, { cause: '资金', department: '甲局', year: 2022, text: null }),
	'targetQualityQuery name': (f) => targets.targetQualityQuery(f, 'name'),
	'targetQualityQuery level2': (f) => targets.targetQualityQuery(f, 'level2'),
	'targetGroupIndicatorsQuery name': (f) =>
		targets.targetGroupIndicatorsQuery(f, 'name', '甲局', '满意度'),
	'targetGroupIndicatorsQuery level2': (f) =>
		targets.targetGroupIndicatorsQuery(f, 'level2', '甲局', '数量指标'),
	underspentCausesQuery: causes.underspentCausesQuery,
	underspentCauseFormsQuery: (f) => causes.underspentCauseFormsQuery(f, '资金'),
	proposedMatchesQuery: (f) => matches.proposedMatchesQuery(f),
	...Object.fromEntries(
		(['department', 'project', 'indicator'] as CompareBy[]).flatMap((by) => {
			const selection = { by, measures: DEFAULT_MEASURES[by], yearA: 2022, yearB: 2023 };
			const every = { ...selection, measures: measuresFor(by).map((m) => m.id) };
			return [
				[`compareQuery ${by}`, (f: Filters) => compare.compareQuery(f, selection)],
				[`compareQuery ${by}, every measure`, (f: Filters) => compare.compareQuery(f, every)],
				[`compareTotalQuery ${by}`, (f: Filters) => compare.compareTotalQuery(f, every)]
			];
		})
	)
};

/** Counts the placeholders outside string literals. */
const placeholders = (sql: string) => sql.replace(/'[^']*'/g, '').split('?').length - 1;

describe('query builders', () => {
	for (const [name, build] of Object.entries(BUILDERS)) {
		it(`${name} writes the text of its snapshot`, () => {
			expect(build(NO_FILTERS).sql).toMatchSnapshot();
		});

		it(`${name} writes the same text whatever the filters, with a value per placeholder`, () => {
			const some = build(NO_FILTERS);
			const other = build(OTHER);
			expect(other.sql).toBe(some.sql);
			expect(other.params ?? []).toHaveLength(placeholders(some.sql));
			expect(other.sql).not.toContain('甲局');
		});
	}

	it('derives the facts tables with the statements of the snapshot', () => {
		expect(CREATE_FACTS).toMatchSnapshot();
	});

	it('aggregates at build time with the statements of the snapshot', () => {
		expect(DERIVED_TABLES).toMatchSnapshot();
	});
});
