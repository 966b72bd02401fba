/**
 * What the brief's components display (BriefSheet and its parts): text already formatted by
 * the view (views/department-brief.ts), and a light per judged figure.
 */
import type { Signal } from '../../model/brief-signals.ts';

export interface BriefCell {
	text: string;
	/** a number: right-aligned */
	num?: boolean;
	/** printed before the text as its symbol and colour (readable without colour) */
	signal?: Signal;
}

export interface BriefTable {
	title: string;
	columns: { label: string; num?: boolean }[];
	rows: BriefCell[][];
	/** a line under the table: how to read it */
	note?: string;
	/** said instead of the table when it has no rows */
	empty: string;
}

export interface BriefKpi {
	label: string;
	value: string;
	/** against the year before, null without that year */
	change: string | null;
	signal: Signal | null;
	/** the rule in words: "≥90% 正常；≥60% 关注；<60% 预警" */
	rule: string;
}
