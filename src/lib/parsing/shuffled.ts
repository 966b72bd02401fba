/**
 * A Shanghai form whose PDF text came out as one shuffled line (domain.md §4.1, [F001]):
 * labels, numbers and names interleaved. The template's known labels tell labels from values;
 * its funds row order and its four indicator value columns regroup the values: the funds
 * numbers (each breakdown row ending with `—`), then the indicator values in groups of four
 * (target actual weight score) and the total, then the names in row order.
 */
import type { FormWarning, FundRow } from '../model/form.ts';
import { inferLevel1, LEVEL1_LABELS } from '../model/taxonomy.ts';
import type { Cell } from './cells.ts';
import type { Goals } from './goals.ts';
import type { IndicatorDraft } from './indicator.ts';
import { readLevelLabel } from './levels.ts';
import { isPlaceholder, readDecimal, readPercent, toYuan } from './numbers.ts';
import {
	SHANGHAI_FUND_ROWS,
	SHANGHAI_GOAL_LABELS,
	SHANGHAI_INDICATOR_HEADER,
	SHANGHAI_LABELS,
	SHANGHAI_LAST_COLUMN
} from './templates/shanghai.ts';
import { solveTotalRow, type SolvedRow } from './funds-solver.ts';
import { compact, joinText, visualWidth } from './text.ts';
import type { Totals } from './totals.ts';

/** What a shuffled form gives. */
export interface ShuffledForm {
	funds: FundRow[];
	unit: '元' | '万元';
	goals: Goals;
	drafts: IndicatorDraft[];
	totals: Totals | null;
}

const isNumber = (t: string) => readDecimal(t) !== null;
const isValue = (t: string) => isNumber(t) || readPercent(t) !== null || isPlaceholder(t);
const isLabel = (t: string) => SHANGHAI_LABELS.has(t) || readLevelLabel(t) !== null;

/** True when a Shanghai form's body is printed on so few lines that its order is lost. */
export function isShuffled(lines: readonly string[], cells: readonly Cell[]): boolean {
	const filled = lines.filter((l) => l.trim()).length;
	return filled <= 3 && cells.length > 40;
}

/**
 * Splits the funds numbers into rows. Each breakdown row ends with `—`; the total row's numbers
 * come first, before the first breakdown row's, and any printed after the last `—` (beside a
 * header label) are the total row's too. How many of the first run are the first breakdown
 * row's (2 or 3), and which number is which column, is what fits the form's arithmetic best.
 */
function readFundRows(values: readonly string[], rates: readonly string[], unit: '元' | '万元') {
	const segments: string[][] = [[]];
	for (const v of values) {
		if (isPlaceholder(v)) segments.push([]);
		else segments[segments.length - 1]?.push(readDecimal(v) ?? v);
	}
	const amount = (v: string | null | undefined) => (v == null ? null : toYuan(v, unit));
	const rate = rates[0] ?? null;
	const open = segments.length > 1 ? (segments.pop() ?? []) : [];
	const first = segments.shift() ?? [];
	let best: { solved: SolvedRow; row: string[] } | null = null;
	for (const size of segments.length ? [2, 3] : [0]) {
		if (first.length < size) continue;
		const solved = solveTotalRow([...first.slice(0, first.length - size), ...open], rate);
		if (!best || solved.fit > best.solved.fit)
			best = { solved, row: first.slice(first.length - size) };
	}
	const total = best?.solved.row;
	const rows: FundRow[] = [
		{
			source: 'total',
			initial: amount(total?.initial),
			adjusted: amount(total?.adjusted),
			executed: amount(total?.executed),
			weight: total?.weight ?? null,
			rate,
			score: total?.score ?? null
		}
	];
	[best?.row ?? [], ...segments].forEach((segment, k) => {
		const source = SHANGHAI_FUND_ROWS[k + 1];
		if (!source || (!segment.length && k > 0)) return;
		rows.push({
			source,
			initial: amount(segment[0]),
			adjusted: amount(segment[1]),
			executed: amount(segment[2])
		});
	});
	return rows;
}

/** Merges name fragments down to `count` names: a fragment as wide as the column wraps on. */
function mergeFragments(fragments: string[], count: number): string[] {
	const out = fragments.slice();
	const full = Math.max(0, ...out.map(visualWidth));
	while (out.length > count && out.length > 1) {
		let pick = -1;
		for (const wrapped of [true, false]) {
			for (let k = 1; k < out.length; k++) {
				if (wrapped && visualWidth(out[k - 1] ?? '') < full - 0.5) continue;
				if (pick < 0 || visualWidth(out[k] ?? '') < visualWidth(out[pick] ?? '')) pick = k;
			}
			if (pick >= 0) break;
		}
		out.splice(pick - 1, 2, joinText([out[pick - 1] ?? '', out[pick] ?? '']));
	}
	return out;
}

/** Reads a shuffled Shanghai form from its whitespace-separated cells. */
export function readShuffled(cells: readonly Cell[], warnings: FormWarning[]): ShuffledForm {
	const tokens = cells.map((c) => compact(c.text));
	const header = tokens.indexOf(SHANGHAI_INDICATOR_HEADER);
	const indicatorsAt = header < 0 ? tokens.length : header;
	const fundsAt = tokens.slice(0, indicatorsAt).indexOf(SHANGHAI_LAST_COLUMN) + 1;
	const unit = tokens.some((t) => /万元/.test(t)) ? '万元' : '元';
	const values: string[] = [];
	const rates: string[] = [];
	for (const t of tokens.slice(fundsAt, indicatorsAt)) {
		const rate = readPercent(t);
		if (rate !== null) rates.push(rate);
		else if (isValue(t)) values.push(t);
	}
	const goalText = (from: RegExp) => {
		const at = tokens.findIndex((t) => from.test(t));
		if (at < 0) return null;
		const parts: string[] = [];
		for (let k = at + 1; k < indicatorsAt && !isLabel(tokens[k] ?? ''); k++)
			if (!isValue(tokens[k] ?? '')) parts.push(tokens[k] ?? '');
		return joinText(parts) || null;
	};
	const goals = {
		target: goalText(SHANGHAI_GOAL_LABELS.target),
		actual: goalText(SHANGHAI_GOAL_LABELS.actual)
	};

	// indicator values: groups of four after the header's last column label, then the total
	const used = new Set<number>();
	const groups: string[][] = [];
	let totals: Totals | null = null;
	let k = tokens.indexOf(SHANGHAI_LAST_COLUMN, indicatorsAt) + 1;
	const at = (i: number) => tokens[i] ?? '';
	while (k > 0 && k < tokens.length) {
		const quad = isNumber(at(k + 2)) && isNumber(at(k + 3));
		if (isNumber(at(k)) && isNumber(at(k + 1)) && !quad) {
			totals = { weight: readDecimal(at(k)), score: readDecimal(at(k + 1)), grade: null };
			used.add(k).add(k + 1);
			break;
		}
		if (!quad || isLabel(at(k)) || isLabel(at(k + 1))) break;
		groups.push([at(k), at(k + 1), at(k + 2), at(k + 3)]);
		for (let j = k; j < k + 4; j++) used.add(j);
		k += 4;
	}
	const fragments: string[] = [];
	const level2: string[] = [];
	for (let i = indicatorsAt + 1; i < tokens.length; i++) {
		const t = at(i);
		const level = readLevelLabel(t);
		if (level?.level === 2) level2.push(level.text);
		if (used.has(i) || isLabel(t) || isValue(t)) continue;
		fragments.push(t);
	}
	// a table cut off before its values (the text ends at 总分) still names its rows: one per
	// 二级 label then, as far as the names go
	const rows = groups.length || Math.min(fragments.length, level2.length);
	// 满意度指标 is printed as a 一级 and as a 二级 label: too many 二级 labels drop it first
	for (let i = 0; level2.length > rows && i < level2.length;)
		if (LEVEL1_LABELS.includes(level2[i] ?? '')) level2.splice(i, 1);
		else i++;
	const names = mergeFragments(fragments, groups.length || level2.length);
	if (!groups.length && rows)
		warnings.push({ code: 'truncated', message: '表单在指标数值之前结束（不完整）' });
	if (names.length !== rows || level2.length !== rows)
		warnings.push({
			code: 'split_guess',
			message: `顺序错乱的文本：${groups.length} 行数值，${names.length} 个名称，${level2.length} 个二级指标`
		});
	const drafts = names.slice(0, rows).map((name, r): IndicatorDraft => {
		const g = groups[r] ?? [];
		const l2 = level2[Math.min(r, level2.length - 1)] ?? null;
		return {
			level1: inferLevel1(l2),
			level2: l2,
			name,
			target: g[0] ?? null,
			actual: g[1] ?? null,
			weight: g[2] ?? null,
			score: g[3] ?? null,
			note: null
		};
	});
	for (const extra of names.slice(rows))
		warnings.push({ code: 'unplaced_text', message: '顺序错乱的文字未能归位', text: extra });
	return { funds: readFundRows(values, rates, unit), unit, goals, drafts, totals };
}
