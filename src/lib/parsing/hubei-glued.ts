/**
 * Hubei text whose cells extraction glued (no separator): the funds column header (its figures
 * are cut in hubei-funds-run.ts), and an indicator row per line
 * (`数量指标10分教师培训覆盖学校数≥12所15所101、附…`): labels with their points off the front, the
 * rubric (`1、…`) off the back, then the score, and name | target | actual cut where the two
 * values share a unit or a wording.
 */
import type { FormWarning } from '../model/form.ts';
import { cutNameTarget, cutValues, FIGURES_RUN, MAX_HEAD } from './glued-cuts.ts';
import { splitGuess } from './split-guess.ts';
import { readLevelLabel } from './levels.ts';
import type { RowsRead } from './hubei-cells.ts';
import { HUBEI_SECTIONS } from './templates/hubei.ts';

/** A column label of the glued funds header (`合计(万元)`), as the column readers print it. */
const GLUED_COLUMN = /(中央|省、?地|本级|其他|合计|执行数)(\((?:万)?元\))?|执行率(?:\(%\))?/g;

/** The column labels of a funds header printed as one cell, or null when it is none. */
export function gluedFundColumns(text: string): string[] | null {
	const labels = [...text.matchAll(GLUED_COLUMN)].map((m) => m[0]);
	if (labels.length < 3 || !text.endsWith(labels[labels.length - 1] ?? '')) return null;
	return labels;
}

/** A label with its points at the front of a glued row (`产出指标40分`, `项目绩效85分`). */
const LABEL_POINTS = /^(\D{2,14}?)(\d+(?:\.\d+)?)分/;
/** The rubric (评价标准) after the score: its numbered clauses start at `1、`. */
const RUBRIC = /1、.*$/;
const SCORE = /^(.*?[^\d.])(\d+(?:\.\d+)?)$/;
const FIGURE = /^(0|[1-9]\d*)(\.\d+)?$/;

type Row = [name: string, target: string, actual: string, score: string];

/**
 * Every name | target | actual | score reading of a row's text (labels and rubric off), the
 * likeliest first: the score is the figure it ends in, the rest cut where target and actual
 * share a unit or a wording (glued-cuts.ts); a bare actual glued to the score, every way the
 * digits split. Null when the row is longer than any row prints (MAX_HEAD, FIGURES_RUN): its
 * text is not cut (each cut scans it at each place).
 */
function cutRow(rest: string): Row[] | null {
	if (rest.length > MAX_HEAD + FIGURES_RUN) return null;
	const tail = SCORE.exec(rest);
	if (!tail) return [];
	const [, head = '', digits = ''] = tail;
	if (digits.length > FIGURES_RUN) return null;
	if (FIGURE.test(digits)) {
		const heads = cutValues(head);
		if (heads) return heads.map(([n, t, a]): Row => [n, t, a, digits]);
	}
	const m = cutNameTarget(head);
	if (!m) return [];
	const ways: Row[] = [];
	for (let k = 1; k < digits.length; k++)
		if (FIGURE.test(digits.slice(0, k)) && FIGURE.test(digits.slice(k)))
			ways.push([m[0], m[1], digits.slice(0, k), digits.slice(k)]);
	return ways;
}

/**
 * Reads glued indicator rows, one per line (`lines`: each line's text without whitespace, the
 * column header taken off); a row that reads more than one way carries a `split_guess` naming
 * every reading; a line too long to be cut is kept as text. Null when a line reads as no row:
 * the text is not glued so.
 */
export function readGluedHubeiRows(
	lines: readonly string[],
	warnings: FormWarning[]
): RowsRead | null {
	const read: RowsRead = { rows: [], events: [], unplaced: [] };
	for (const line of lines) {
		let rest = line;
		for (let m = LABEL_POINTS.exec(rest); m; m = LABEL_POINTS.exec(rest)) {
			const text = m[1] ?? '';
			const label = readLevelLabel(text);
			if (!label && !HUBEI_SECTIONS.includes(text)) break;
			if (label) read.events.push({ label, rows: read.rows.length });
			rest = rest.slice(m[0].length);
		}
		rest = rest.replace(RUBRIC, '');
		if (!rest) continue;
		const readings = cutRow(rest);
		if (!readings) {
			read.unplaced.push(line);
			continue;
		}
		const [name = '', target = '', actual = '', score = ''] = readings[0] ?? [];
		if (!readings.length) return null;
		if (readings.length > 1)
			warnings.push(
				splitGuess(
					`indicators[${read.rows.length}]`,
					'指标行',
					readings.map(([n, t, a, s]) => ({ name: n, target: t, actual: a, score: s })),
					line
				)
			);
		read.rows.push({ name: [name], values: [target, actual, score] });
	}
	return read.rows.length ? read : null;
}
