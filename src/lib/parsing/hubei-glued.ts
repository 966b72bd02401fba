/**
 * Hubei text whose cells extraction glued (no separator): the funds column header and its figures
 * (`14358.28814358.28814358.288100.00 %`: 本级 | 合计 | 执行数 | 执行率) cut by the form's own
 * arithmetic, and an indicator row per line (`数量指标10分教师培训覆盖学校数≥12所15所101、附…`):
 * labels with their points off the front, the rubric (`1、…`) off the back, then the score, and
 * name | target | actual cut where the two values share a unit or a wording.
 */
import Decimal from 'decimal.js';
import type { FormWarning } from '../model/form.ts';
import { rateAgrees } from './arithmetic.ts';
import { cutNameTarget, cutValues } from './glued-cuts.ts';
import { splitGuess } from './split-guess.ts';
import { readLevelLabel } from './levels.ts';
import type { RowsRead } from './hubei-cells.ts';
import { HUBEI_SECTIONS } from './templates/hubei.ts';

/** A column label of the glued funds header (`合计(万元)`), as the column readers print it. */
const GLUED_COLUMN = /(中央|省、?地|本级|其他|合计|执行数)(\((?:万)?元\))?|执行率/g;

/** The column labels of a funds header printed as one cell, or null when it is none. */
export function gluedFundColumns(text: string): string[] | null {
	const labels = [...text.matchAll(GLUED_COLUMN)].map((m) => m[0]);
	if (labels.length < 3 || !text.endsWith(labels[labels.length - 1] ?? '')) return null;
	return labels;
}

const AMOUNT = /^(0|[1-9]\d*)(\.\d{1,4})?$/;
const RATE = /^(0|[1-9]\d{0,2})(\.\d{1,2})?$/;

/**
 * A glued run of the funds row's figures, rate last: the sources printed (中央 … 其他, any of
 * them blank), 合计 and 执行数. The reading the form's arithmetic supports best wins: the sources
 * add up to 合计 (the stronger rule), 执行数 / 合计 is the printed rate (a misprinted rate still
 * lies nearer the amounts' than another reading's does).
 * Null when no reading has the shapes; a `split_guess` warning when several fit as well.
 */
export function splitFundsRun(
	run: string,
	sources: number,
	warnings: FormWarning[]
): { values: string[]; rate: string } | null {
	const best = new Map<string, { values: string[]; rate: string }>();
	let least = Infinity;
	// The walk tries every way to cut the run, and most ways share their pieces: each piece is
	// read as a decimal once, the sums of the pieces so far kept along the walk, and each
	// (合计, 执行数, rate) priced once (profile: decimal.js per way took half of all parse time).
	const decimals = new Map<string, Decimal>();
	const decimalOf = (piece: string) => {
		let d = decimals.get(piece);
		if (!d) decimals.set(piece, (d = new Decimal(piece)));
		return d;
	};
	const prices = new Map<string, number>();
	// sums[k]: the first k pieces of the way walked added up, left to right
	const sums: Decimal[] = [new Decimal(0)];
	const check = (amounts: string[], rate: string) => {
		const [total = '', executed = ''] = amounts.slice(-2);
		const printed = amounts.length - 2;
		const key = `${total}|${executed}|${rate}`;
		let price = prices.get(key);
		if (price === undefined) prices.set(key, (price = rateCost(total, executed, rate)));
		const cost = (printed && !sums[printed]!.eq(decimalOf(total)) ? 2 : 0) + price;
		if (cost < least) {
			least = cost;
			best.clear();
		}
		if (cost === least) best.set(key, { values: amounts, rate });
	};
	const walk = (at: number, pieces: string[]) => {
		if (pieces.length > sources + 2) return;
		for (let end = at + 1; end <= run.length; end++) {
			const piece = run.slice(at, end);
			if (end === run.length) {
				if (RATE.test(piece) && pieces.length >= 2) check(pieces, piece);
			} else if (AMOUNT.test(piece)) {
				sums[pieces.length + 1] = sums[pieces.length]!.plus(decimalOf(piece));
				walk(end, [...pieces, piece]);
			}
		}
	};
	walk(0, []);
	const readings = [...best.values()];
	if (readings.length > 1)
		warnings.push(
			splitGuess(
				'funds.total',
				'资金行',
				readings.map((r) => {
					const [adjusted = null, executed = null] = r.values.slice(-2);
					return { adjusted, executed, rate: `${r.rate}%` };
				}),
				run
			)
		);
	return readings[0] ?? null;
}

/** 0 when 执行数 / 合计 is the printed rate; else 0.5 and the distance (at most 1, per 100 %). */
function rateCost(total: string, executed: string, rate: string): number {
	if (new Decimal(total).isZero()) return 2;
	if (rateAgrees(total, executed, rate)) return 0;
	const implied = new Decimal(executed).dividedBy(total).times(100);
	return 0.5 + Math.min(1, implied.minus(rate).abs().dividedBy(100).toNumber());
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
 * digits split.
 */
function cutRow(rest: string): Row[] {
	const tail = SCORE.exec(rest);
	if (!tail) return [];
	const [, head = '', digits = ''] = tail;
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
 * every reading. Null when a line reads as no row: the text is not glued so.
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
