/**
 * Splits cells that extraction glued together (`145000000.0010100.0%10`, `-0.0%-`) into the
 * row's columns, choosing the split the form's arithmetic supports best: rate = executed /
 * adjusted, score = weight × rate capped at weight, score ≤ weight ≤ 100.
 */
import Decimal from 'decimal.js';
import type { FormWarning } from '../model/form.ts';
import { isNumeric, isPlaceholder } from './numbers.ts';
import type { FundColumn } from './templates/labels.ts';

const PIECE = /^(?:[—\-/]|(?:0|[1-9]\d*)(?:\.\d{1,4})?%?)/;
const MAX_CANDIDATES = 4000;

/** Every way to cut `text` into at most `max` number/percent/placeholder pieces. */
function cuts(text: string, max: number): string[][] {
	const out: string[][] = [];
	const walk = (rest: string, acc: string[]) => {
		if (out.length >= MAX_CANDIDATES || acc.length > max) return;
		if (!rest) {
			out.push(acc);
			return;
		}
		if (/^[—\-/]/.test(rest)) return walk(rest.slice(1), [...acc, rest[0] ?? '']);
		const m = /^(0|[1-9]\d*)((?:\.\d{1,4})?)(%?)/.exec(rest);
		if (!m) return;
		const int = m[1] ?? '';
		for (let il = 1; il <= int.length; il++) {
			const head = int.slice(0, il);
			if (il < int.length) {
				walk(rest.slice(il), [...acc, head]);
				continue;
			}
			const frac = rest.slice(il);
			const d = /^\.(\d{1,4})/.exec(frac);
			if (!d) {
				walk(frac.startsWith('%') ? frac.slice(1) : frac, [
					...acc,
					head + (frac.startsWith('%') ? '%' : '')
				]);
				continue;
			}
			const digits = d[1] ?? '';
			for (let dl = 1; dl <= digits.length; dl++) {
				const after = frac.slice(1 + dl);
				const piece = head + '.' + digits.slice(0, dl);
				if (after.startsWith('%')) walk(after.slice(1), [...acc, piece + '%']);
				else walk(after, [...acc, piece]);
			}
		}
	};
	walk(text, []);
	return out.filter((pieces) => pieces.every((p) => PIECE.exec(p)?.[0] === p));
}

function num(piece: string | undefined): Decimal | null {
	if (!piece || isPlaceholder(piece) || !isNumeric(piece)) return null;
	return new Decimal(piece.replace(/%$/, ''));
}

/** Lower is better: unnatural pieces, and a full row that breaks the form's arithmetic. */
function scoreRow(
	candidate: readonly string[],
	row: readonly string[],
	columns: readonly FundColumn[]
): number {
	let cost = candidate.length;
	const amountPlaces = new Set<number>();
	for (const p of candidate) {
		if (/^0\d/.test(p)) cost += 5;
		const places = /\.(\d+)/.exec(p)?.[1]?.length ?? 0;
		if (places > 2) cost += 1;
		// the amounts of one row are printed with the same number of decimals
		if (places && !p.endsWith('%')) amountPlaces.add(places);
	}
	cost += Math.max(0, amountPlaces.size - 1);
	const slots: FundColumn[] = columns.filter((c) => c !== 'note');
	if (row.length > slots.length) return cost + 10 * (row.length - slots.length);
	if (row.length < slots.length) return cost;
	cost -= 2.5;
	const at = (c: FundColumn) => row[slots.indexOf(c)];
	row.forEach((p, k) => {
		if (p.endsWith('%') !== (slots[k] === 'rate') && !isPlaceholder(p)) cost += 3;
	});
	const [adj, exe, w, r, s] = (['adjusted', 'executed', 'weight', 'rate', 'score'] as const).map(
		(c) => num(at(c))
	);
	if (adj && exe && r && !adj.isZero()) {
		const implied = exe.dividedBy(adj).times(100);
		if (implied.minus(r).abs().greaterThan(1)) cost += 4;
	}
	if (w && w.greaterThan(100)) cost += 6;
	if (w && s) {
		if (s.greaterThan(w)) cost += 6;
		if (r) {
			const expect = Decimal.min(w, w.times(r).dividedBy(100));
			if (expect.minus(s).abs().greaterThan(w.times(0.15))) cost += 1;
		}
	}
	return cost;
}

/**
 * Splits glued values of one funds row. Values that read as one number are kept; a glued run is
 * cut by the candidate with the lowest arithmetic cost, and a `split_guess` warning is added.
 */
export function splitGlued(
	values: string[],
	columns: readonly FundColumn[],
	warnings: FormWarning[]
): string[] {
	if (values.every((v) => isNumeric(v) || isPlaceholder(v))) return values;
	const out: string[] = [];
	const room = columns.filter((c) => c !== 'note').length;
	for (const value of values) {
		if (isNumeric(value) || isPlaceholder(value)) {
			out.push(value);
			continue;
		}
		const text = value.replace(/,/g, '');
		const candidates = cuts(text, room);
		if (!candidates.length) {
			out.push(value);
			continue;
		}
		const later = values.slice(values.indexOf(value) + 1);
		let best = candidates[0] as string[];
		let bestCost = Number.POSITIVE_INFINITY;
		for (const c of candidates) {
			const cost = scoreRow(c, [...out, ...c, ...later], columns);
			if (cost < bestCost) [best, bestCost] = [c, cost];
		}
		out.push(...best);
		warnings.push({
			code: 'split_guess',
			message: `glued cells split as ${best.join(' | ')}`,
			text: value
		});
	}
	return out;
}
