/**
 * HB glued text's funds run (`14358.28814358.28814358.288100.00`: 本级 | 合计 | 执行数 | 执行率)
 * cut by the form's own arithmetic. The reading chosen is the one a walk over every cut (shortest
 * piece first) would choose; it is found without that walk, which took 40 ms a form: the last three
 * pieces (合计, 执行数, rate) are priced first, and the sources before them are searched only for
 * the (合计, 执行数, rate) that can still win, as exact integers cut no larger than what is left.
 */
import Decimal from 'decimal.js';
import type { FormWarning } from '../model/form.ts';
import { rateAgrees } from './arithmetic.ts';
import { splitGuess } from './split-guess.ts';

const RATE = /^(0|[1-9]\d{0,2})(\.\d{1,2})?$/;
/** Amounts are compared as integers of 1/10,000 (an amount prints at most four decimals). */
const DECIMALS = 4;
/**
 * An amount prints at most 12 whole digits (under a trillion 元): a run longer than its pieces
 * can be (a glued account number, a table's figures run together) has no reading, and the cuts
 * searched stay bounded (unbounded pieces made a 60-character run take a second, 150 exhaust memory).
 */
const WHOLE_DIGITS = 12;
/** The longest amount (`123456789012.1234`) and the longest rate (`100.00`). */
const AMOUNT_CHARS = WHOLE_DIGITS + 1 + DECIMALS;
const RATE_CHARS = 6;
/** decimal.js's default precision: the sums were decimal.js sums, rounded to it. */
const PRECISION = 20;
const LIMIT = 10n ** BigInt(PRECISION);
/**
 * The most steps the search for sources adding up to 合计 may take in one run: the walk is
 * exponential in the sources (27 s on a 70-character run of six); the bench mix's runs take at
 * most 6,000, random 40–110-character runs up to 2,000,000.
 */
const STEPS = 100_000;

/** One reading's last three pieces: 合计 run[t, e), 执行数 run[e, r), rate run[r, end). */
interface Tail {
	t: number;
	e: number;
	r: number;
	price: number;
	/** Sources that add up to 合计 can be cut before it (or none are printed). */
	adds: boolean;
	cost: number;
}

/**
 * A glued run of the funds row's figures, rate last: the sources printed (中央 … 其他, any of
 * them blank, at most `sources`), 合计 and 执行数. The reading the form's arithmetic supports
 * best wins: the sources add up to 合计 (the stronger rule), 执行数 / 合计 is the printed rate (a
 * misprinted rate still lies nearer the amounts' than another reading's does). Of readings as
 * good with the same 合计, 执行数 and rate, the last in cut order; of different ones, the first.
 * Null when no reading has the shapes; a `split_guess` warning when several fit as well; null
 * and an `unplaced_text` warning with the run when the sources' cuts are too many to search.
 */
export function splitFundsRun(
	run: string,
	sources: number,
	warnings: FormWarning[]
): { values: string[]; rate: string } | null {
	// (no reading: more than the sources, 合计 and 执行数 at their longest, then the rate)
	if (sources < 0 || run.length > (sources + 2) * AMOUNT_CHARS + RATE_CHARS) return null;
	const cuts = new Cuts(run, sources);
	const tails = cuts.tails();
	// a reading costs its price, and 2 more when sources are printed that do not add up to 合计:
	// cheapest first, so that the sources are searched only while a tail can still win
	let least = Infinity;
	for (const tail of tails.sort((a, b) => a.price - b.price)) {
		if (tail.price > least || cuts.exhausted) break;
		tail.adds = tail.t === 0 || cuts.sourceCuts(tail, 'first', true) !== null;
		tail.cost = (tail.adds ? 0 : 2) + tail.price;
		least = Math.min(least, tail.cost);
	}
	const readings = tails
		.filter((tail) => tail.cost === least)
		.map((tail) => ({ first: cuts.way(tail, 'first'), last: cuts.way(tail, 'last') }))
		.sort((a, b) => compareWays(a.first, b.first))
		.map(({ last }) => ({ values: cuts.amounts(last), rate: run.slice(last.at(-2)) }));
	if (cuts.exhausted) {
		warnings.push({
			code: 'unplaced_text',
			message: '资金行粘连的数字读法过多，未能拆分',
			text: run
		});
		return null;
	}
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

/** Ways (the ends of their pieces) in the order a walk trying shorter pieces first meets them. */
function compareWays(a: readonly number[], b: readonly number[]): number {
	for (let k = 0; k < a.length && k < b.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
	return a.length - b.length;
}

/** Where a glued run can be cut into amounts, and the sums of its pieces as exact integers. */
class Cuts {
	/** ends[a]: the ends b of the amounts run[a, b), ascending (an amount never ends the run). */
	private readonly ends: number[][] = [];
	private readonly values = new Map<number, bigint>();
	/** fewest[t][a]: the fewest amounts run[a, t) is cut into (Infinity when none). */
	private readonly fewest = new Map<number, number[]>();
	private readonly reachable = new Map<string, boolean>();
	private steps = 0;
	/** The search took more than STEPS steps: its answers are not to be trusted. */
	exhausted = false;

	constructor(
		private readonly run: string,
		private readonly sources: number
	) {
		for (let a = 0; a < run.length; a++) this.ends.push(amountEnds(run, a));
	}

	/** Every 合计 | 执行数 | rate at the run's end with sources before it that the shapes allow. */
	tails(): Tail[] {
		const { run, ends } = this;
		const n = run.length;
		const tails: Tail[] = [];
		for (let r = Math.max(0, n - RATE_CHARS); r < n; r++) {
			const rate = run.slice(r);
			if (!RATE.test(rate)) continue;
			for (let e = 0; e < r; e++) {
				if (!ends[e]!.includes(r)) continue;
				for (let t = 0; t < e; t++)
					if (ends[t]!.includes(e) && (t === 0 || this.fewestTo(t)[0]! <= this.sources))
						tails.push({ t, e, r, price: 0, adds: false, cost: Infinity });
			}
		}
		for (const tail of tails)
			tail.price = rateCost(
				run.slice(tail.t, tail.e),
				run.slice(tail.e, tail.r),
				run.slice(tail.r)
			);
		return tails;
	}

	/**
	 * The ends of the sources of the tail's first or last way in cut order, among those adding up
	 * to 合计 (`adding`) or any; null when there is none.
	 */
	sourceCuts(tail: Tail, order: 'first' | 'last', adding: boolean): number[] | null {
		const total = this.value(tail.t, tail.e);
		const ends: number[] = [];
		let at = 0;
		let sum = 0n;
		while (at < tail.t) {
			const options = this.ends[at]!.filter((c) => c <= tail.t);
			if (order === 'last') options.reverse();
			const k = ends.length + 1;
			const next = options.find((c) => {
				if (!adding) return this.fewestTo(tail.t)[c]! <= this.sources - k;
				const s = rounded(sum + this.value(at, c));
				return s <= total && this.reaches(c, tail.t, k, s, total);
			});
			if (next === undefined) return null;
			if (adding) sum = rounded(sum + this.value(at, next));
			ends.push(next);
			at = next;
		}
		return ends;
	}

	/** The ends of the pieces of the tail's first or last way that costs what it does (rate last). */
	way(tail: Tail, order: 'first' | 'last'): number[] {
		const head = tail.t > 0 ? (this.sourceCuts(tail, order, tail.adds) ?? []) : [];
		return [...head, tail.e, tail.r, this.run.length];
	}

	/** The amounts of a way (all its pieces but the rate). */
	amounts(way: readonly number[]): string[] {
		return way.slice(0, -1).map((end, k) => this.run.slice(way[k - 1] ?? 0, end));
	}

	/** run[a, b) as an integer of 1/10,000. */
	private value(a: number, b: number): bigint {
		const key = a * (this.run.length + 1) + b;
		let v = this.values.get(key);
		if (v === undefined) {
			const [whole = '', part = ''] = this.run.slice(a, b).split('.');
			this.values.set(key, (v = BigInt(whole + part.padEnd(DECIMALS, '0'))));
		}
		return v;
	}

	/** The fewest amounts run[a, t) is cut into, for each start a (Infinity when none). */
	private fewestTo(t: number): number[] {
		let fewest = this.fewest.get(t);
		if (fewest) return fewest;
		fewest = Array<number>(t + 1).fill(Infinity);
		fewest[t] = 0;
		for (let a = t - 1; a >= 0; a--)
			for (const c of this.ends[a]!) if (c <= t) fewest[a] = Math.min(fewest[a]!, 1 + fewest[c]!);
		this.fewest.set(t, fewest);
		return fewest;
	}

	/**
	 * True when the sources so far (k pieces, their sum `sum`) end at c and can go on to t, at most
	 * `sources` pieces in all, adding up to `total`. Sums only grow, so a piece past what is left
	 * ends the search at its start.
	 */
	private reaches(c: number, t: number, k: number, sum: bigint, total: bigint): boolean {
		if (c === t) return sum === total && k <= this.sources;
		if (++this.steps > STEPS) this.exhausted = true;
		if (this.exhausted) return false;
		if (k >= this.sources) return false;
		const key = `${c},${t},${k},${sum},${total}`;
		let known = this.reachable.get(key);
		if (known !== undefined) return known;
		known = false;
		for (const d of this.ends[c]!) {
			if (d > t) break;
			const s = rounded(sum + this.value(c, d));
			if (s > total) break;
			if (this.reaches(d, t, k + 1, s, total)) {
				known = true;
				break;
			}
		}
		this.reachable.set(key, known);
		return known;
	}
}

/**
 * The ends b of the amounts run[a, b) (`0`, `12`, `12.5`; 12 whole digits and four decimals at
 * most), ascending.
 */
function amountEnds(run: string, a: number): number[] {
	const ends: number[] = [];
	const digit = (i: number) => i < run.length && run.charCodeAt(i) >= 48 && run.charCodeAt(i) <= 57;
	if (!digit(a)) return ends;
	let i = a + 1;
	if (run[a] !== '0') while (digit(i)) i++;
	for (let b = a + 1; b <= Math.min(i, a + WHOLE_DIGITS); b++) ends.push(b);
	if (run[i] === '.' && i - a <= WHOLE_DIGITS)
		for (let b = i + 2; b <= i + 1 + DECIMALS && digit(b - 1); b++) ends.push(b);
	// the run's last character belongs to the rate
	return ends.filter((b) => b < run.length);
}

/** A decimal.js sum at its default precision: 20 significant digits, halves rounded up. */
function rounded(sum: bigint): bigint {
	if (sum < LIMIT) return sum;
	const scale = 10n ** BigInt(sum.toString().length - PRECISION);
	return ((sum + scale / 2n) / scale) * scale;
}

/** 0 when 执行数 / 合计 is the printed rate; else 0.5 and the distance (at most 1, per 100 %). */
function rateCost(total: string, executed: string, rate: string): number {
	// (an amount piece is digits and at most one point: zero when it prints no other digit)
	if (/^[0.]*$/.test(total)) return 2;
	// (a distance far past the cap, as floats, is the cap whatever the rounding: most tails' rates
	// are another cut's figures)
	if (Math.abs((Number(executed) / Number(total)) * 100 - Number(rate)) > 100.0001) return 1.5;
	if (rateAgrees(total, executed, rate)) return 0;
	const implied = new Decimal(executed).dividedBy(total).times(100);
	return 0.5 + Math.min(1, implied.minus(rate).abs().dividedBy(100).toNumber());
}
