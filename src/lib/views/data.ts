/**
 * The 数据 page: where the dataset came from and what the validator and the parser found.
 * Its queries, and from their rows and the manifest what the page shows.
 */
import { formNameColumns, type Column } from '../components/table.ts';
import type { DataLeadView } from '../components/view-types.ts';
import { formatCount } from '../format/number.ts';
import type { SupersededForm } from '../dataset/conflicts.ts';
import type { Manifest, SourceFile } from '../dataset/manifest.ts';
import type { Filters } from '../model/filters.ts';
import type { Results } from '../model/query.ts';
import { warningLabel, warningSource } from '../model/warning-labels.ts';
import {
	formWarningsQuery,
	warningCountsQuery,
	type FormWarningRow
} from '../queries/data-quality.ts';
import { proposedMatchesQuery } from '../queries/project-matches.ts';
import { PROPOSED_CAPTION, proposedMatchColumns, proposedMatchRows } from './proposed-matches.ts';
import {
	linksOf,
	table,
	toneIfAny,
	type KpiView,
	type Nav,
	type PageStatus,
	type Section
} from './page.ts';

/** The warning code a URL narrows the list to (`code`), or null. */
export const warningCodeOf = (params: URLSearchParams | null) => params?.get('code') || null;

export function dataQueries(filters: Filters, code: string | null) {
	return {
		counts: warningCountsQuery(filters),
		warnings: formWarningsQuery(filters, code),
		proposed: proposedMatchesQuery(filters)
	};
}

export type DataResults = Results<ReturnType<typeof dataQueries>>;

/** A warning code's card: pressed when the list shows only that code; a click toggles it. */
export interface WarningCard extends KpiView {
	code: string;
	pressed: boolean;
	onclick: () => void;
}

export interface DataView {
	status: PageStatus;
	lead: DataLeadView;
	kpis: KpiView[];
	warningCards: WarningCard[];
	sections: Section[];
}

interface SourceRow extends Record<string, string | number | null> {
	file: string;
	origin_label: string;
	forms: number;
	sha: string;
	problems: string;
}

const SOURCE_COLUMNS: Column<SourceRow>[] = [
	{ key: 'file', label: '文件', kind: 'text', wide: true },
	{ key: 'origin_label', label: '来源', kind: 'text' },
	{
		key: 'forms',
		label: '表单数',
		kind: 'count',
		tone: (r) => (r.forms === 0 ? 'attention' : null)
	},
	{ key: 'sha', label: 'SHA-256（前12位）', kind: 'text' },
	{ key: 'problems', label: '读取问题', kind: 'text', wide: true }
];

type LabelledWarning = FormWarningRow & { label: string };

interface SupersededRow extends Record<string, string | number | null> {
	file: string;
	form_index: number;
	project: string | null;
	department: string | null;
	year: number | null;
	kept: string;
	reason: string;
}

const SUPERSEDED_COLUMNS: Column<SupersededRow>[] = [
	{ key: 'file', label: '文件', kind: 'text', wide: true },
	{ key: 'form_index', label: '第几张', kind: 'count' },
	{ key: 'project', label: '项目', kind: 'text', wide: true },
	{ key: 'department', label: '主管部门', kind: 'text' },
	{ key: 'year', label: '年度', kind: 'year' },
	{ key: 'kept', label: '改用', kind: 'text', wide: true },
	{ key: 'reason', label: '原因', kind: 'text', wide: true }
];

/** What went wrong or differently with a file: skipped, copies, superseded forms, errors. */
const problemsOf = (s: SourceFile) =>
	[
		...(s.skipped ? [`未读取：${s.skipped}`] : []),
		...(s.copies?.length ? [`内容相同的副本（只读一次）：${s.copies.join('、')}`] : []),
		...(s.superseded ? [`${s.superseded} 张表单被另一文件替代（见“被替代的表单”）`] : []),
		...s.errors
	].join('；');

const supersededRow = (s: SupersededForm): SupersededRow => ({
	file: s.file,
	form_index: s.form_index + 1,
	project: s.project,
	department: s.department,
	year: s.year,
	kept: `${s.kept_file} 第 ${s.kept_index + 1} 张`,
	reason: s.reason
});

const ORIGIN_LABELS = { demo: '示例数据', real: '真实表单', uploaded: '上传' } as const;

export function dataView(
	filters: Filters,
	code: string | null,
	manifest: Manifest | null,
	loadError: string | null,
	results: DataResults,
	nav: Nav
): DataView {
	const sources: SourceRow[] = (manifest?.sources ?? []).map((s) => ({
		file: s.file,
		origin_label: ORIGIN_LABELS[s.origin],
		forms: s.forms,
		sha: s.sha256?.slice(0, 12) ?? '',
		problems: problemsOf(s)
	}));
	// files read with no form for an error (not those skipped for their format or superseded)
	const unreadable = (manifest?.sources ?? []).filter(
		(s) => s.forms === 0 && s.errors.length > 0
	).length;
	const superseded = (manifest?.superseded ?? []).map(supersededRow);
	const warnings: LabelledWarning[] = results.rows.warnings.map((w) => ({
		...w,
		label: warningLabel(w.code)
	}));
	const error = loadError ?? results.error;
	const counts = manifest?.counts;
	return {
		status: error
			? { kind: 'error', message: error }
			: manifest
				? { kind: 'ready' }
				: { kind: 'loading' },
		lead: {
			version: manifest?.version ?? '',
			builtAt: manifest
				? new Date(manifest.built_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })
				: '',
			files: formatCount(sources.length),
			forms: formatCount(counts?.forms ?? 0),
			real: formatCount(counts?.by_origin.real ?? 0),
			demo: counts && counts.by_origin.demo > 0 ? formatCount(counts.by_origin.demo) : null,
			uploaded: counts?.by_origin.uploaded ? formatCount(counts.by_origin.uploaded) : null
		},
		kpis: [
			{
				label: '未能读出表单的文件',
				value: formatCount(unreadable),
				unit: '个',
				tone: toneIfAny(unreadable, 'attention')
			}
		],
		warningCards: results.rows.counts.map((c) => ({
			code: c.code,
			label: warningLabel(c.code),
			value: formatCount(c.forms),
			unit: '份表单',
			tone: warningSource(c.code) === 'form' ? 'watch' : 'neutral',
			pressed: code === c.code,
			onclick: () => nav.apply(filters, { code: code === c.code ? null : c.code })
		})),
		sections: [
			table({
				caption: code
					? `校验提示：${warningLabel(code)}（${warnings.length} 条）`
					: `全部校验提示（${warnings.length} 条）`,
				rows: warnings,
				columns: [
					{ key: 'label', label: '问题', kind: 'text' },
					...formNameColumns<LabelledWarning>(linksOf(nav)),
					{ key: 'message', label: '说明', kind: 'text', wide: true },
					{ key: 'text', label: '原文', kind: 'text' }
				]
			}),
			table({
				name: '待确认的项目匹配',
				caption: `${PROPOSED_CAPTION}：${results.rows.proposed.length} 对`,
				rows: proposedMatchRows(results.rows.proposed),
				columns: proposedMatchColumns(linksOf(nav)),
				pageSize: 10
			}),
			table({
				caption: '源文件（每个文件或读出表单，或列出读取问题）',
				rows: sources,
				columns: SOURCE_COLUMNS
			}),
			...(superseded.length
				? [
						table({
							caption: `被替代的表单（同一部门、项目、年度见于多个文件，只计一张；${superseded.length} 张未计入）`,
							rows: superseded,
							columns: SUPERSEDED_COLUMNS
						})
					]
				: [])
		]
	};
}
