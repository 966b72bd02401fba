/**
 * What the display components take, as plain values: a page's state, a chart card, a table, a
 * KPI card, a headed block. The views (src/lib/views) build them; the components show them.
 */
import type { Change } from '../format/change.ts';
import type { Row, Value } from '../model/values.ts';
import type { PrintPage } from './print-columns.ts';
import type { Column } from './table.ts';

/** A page's body: loading, empty, missing what it is about, an error, or ready. */
export type PageStatus =
	| { kind: 'loading'; message?: string }
	| { kind: 'empty'; message?: string }
	| { kind: 'error'; message: string }
	/** the URL lacks what the page is about: say so, and where to find one */
	| { kind: 'missing'; message: string; link: { label: string; href: string }; after: string }
	| { kind: 'ready' };

/** A chart card: heading, note, the ECharts option and what a click on it does. */
export interface ChartView {
	title: string;
	note?: string;
	/** what the chart shows, for screen readers and tests */
	label: string;
	option: Record<string, unknown>;
	height?: string;
	/** columns of the 12-column grid it takes */
	span: 6 | 12;
	/** how the browser draws it (canvas unless said): see EChart.svelte */
	renderer?: 'canvas' | 'svg';
	onselect?: (data: unknown) => void;
}

/** A table (DataTable's props). */
export interface TableView<R extends Row = Row> {
	caption: string;
	rows: R[];
	columns: Column<R>[];
	total?: Partial<Record<string, Value>> | null;
	totalLabel?: string;
	pageSize?: number;
	download?: boolean | { title?: string; filters?: string };
	/** the page it prints on (DataTable) */
	printPage?: PrintPage;
	/** the section's accessible name */
	name?: string;
	/** the section's id (a drill-down's links lead to it) */
	id?: string;
	/** a link below the table that closes it (a drill-down) */
	close?: { label: string; href: string };
	/** drawn as a card */
	card?: boolean;
	/** said instead of the table when it has no rows */
	empty?: string;
	/** how it reads, printed in its foot (DataTable) */
	notes?: string[];
}

/** What a page's grid holds, in order: charts and tables. */
export type Section = ({ kind: 'chart' } & ChartView) | ({ kind: 'table' } & TableView);

/** One headline figure (KpiCard's props). */
export interface KpiView {
	label: string;
	value: string;
	unit?: string;
	change?: Change | null;
	/** whether a rise is good news (execution rate) or bad (forms below the watch threshold) */
	upIsGood?: boolean;
	tone?: 'neutral' | 'good' | 'watch' | 'attention';
}

/**
 * A headed part of a page (指标分析's analyses): a note, an optional headline figure and a
 * switch between two groupings, then its grid of tables.
 */
export interface BlockView {
	id: string;
	title: string;
	note: string;
	/** a sentence with its figure in bold: `before` **`strong`** `after` */
	headline?: { testId: string; before: string; strong: string; after: string } | null;
	/** links that regroup the block, the current one marked */
	switch?: {
		label: string;
		prefix: string;
		links: { label: string; href: string; current: boolean }[];
	};
	sections: Section[];
}

/** The 数据 page's opening sentence, in parts (the badges are marked up by DataLead). */
export interface DataLeadView {
	version: string;
	builtAt: string;
	files: string;
	forms: string;
	real: string;
	/** the 示例数据 forms, null when there are none */
	demo: string | null;
	/** the forms brought in on the 导入 page, null when there are none */
	uploaded: string | null;
}
