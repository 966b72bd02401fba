/**
 * Drift of the marks a template is recognised by that share their cell with values: the title
 * (`${department}${year}年度预算项目绩效自评表`), the year line, the `部门:` line. Their words are
 * replaced by a variant of ./template-variants.ts, the values around them kept.
 */
import type { Random } from '../random.ts';
import type { Table } from './cells.ts';
import { OWNER_PREFIXES, TITLE_VARIANTS, YEAR_VARIANTS } from './template-variants.ts';

const YEAR = /\((\d{4})年度\)/;

/** The table with its title, year line and 部门 line in one form's words (drawn once each). */
export function driftMarks(table: Table, random: Random): Table {
	const year = random.pick(YEAR_VARIANTS)[0];
	const owner = random.pick(OWNER_PREFIXES)[0];
	const titleAt = table.findIndex((row) => row.some((cell) => cell.includes('自评表')));
	const words = (cell: string) => TITLE_VARIANTS.find((t) => cell.includes(t.printed));
	// the title's words and the year printed in or right after it
	const marked = (cell: string, r: number): string => {
		if (r !== titleAt && r !== titleAt + 1) return cell;
		let text = cell.replace(YEAR, (_, y: string) => year.replace('Y', y));
		const title = r === titleAt ? words(text) : undefined;
		if (title) text = text.replace(title.printed, random.pick(title.variants));
		const prefix = OWNER_PREFIXES.find(([p]) => text.startsWith(p));
		if (prefix) text = owner + text.slice(prefix[0].length);
		return text;
	};
	return table.map((row, r) => row.map((cell) => marked(cell, r)));
}
