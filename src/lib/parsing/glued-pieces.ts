/**
 * The pieces a glued funds run can be cut into (glued-row.ts): at each place, what an amount
 * (up to `places` decimals), a rate (with its `%`) or another figure (a weight or a score, up to
 * 2 decimals) can take, each piece made once per run and read as an exact scaled integer.
 */
import Decimal from 'decimal.js';
import { FIGURE_SCALE, scaledFigure } from './numbers.ts';

/** What a column takes: an amount, the rate, or another figure (weight, score). */
export const Shape = { Amount: 0, Rate: 1, Other: 2 } as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

/**
 * A piece of the run: its text, its text without `%`, where the run goes on, and its figure
 * (none for a placeholder mark), as a count of 10⁻⁴ when small enough, else by decimal.js when
 * first asked for.
 */
export class Piece {
	readonly plain: string;
	/** false for a placeholder mark (`—`, `-`, `/`) */
	readonly isFigure: boolean;
	/** the figure in units of 10⁻⁴, exact; null for a placeholder or a figure too large */
	readonly units: number | null;
	/** the figure as the float nearest it (for checks decided far from their edge) */
	readonly value: number;
	/** the piece prints a decimal point */
	readonly dotted: boolean;
	/** decimals printed (0 without a point) */
	readonly places: number;
	private read: Decimal | undefined;
	constructor(
		readonly id: number,
		readonly text: string,
		readonly next: number
	) {
		this.plain = text.endsWith('%') ? text.slice(0, -1) : text;
		const first = text.charCodeAt(0);
		this.isFigure = first >= 48 && first <= 57;
		this.units = this.isFigure ? scaledFigure(this.plain) : null;
		// (an exact integer divided once: the float nearest the printed decimal, as Number reads it)
		this.value = this.units !== null ? this.units / FIGURE_SCALE : Number(this.plain);
		const dot = this.plain.indexOf('.');
		this.dotted = dot >= 0;
		this.places = dot < 0 ? 0 : this.plain.length - dot - 1;
	}
	/** The figure by decimal.js (a figure only). */
	get decimal(): Decimal {
		return (this.read ??= new Decimal(this.plain));
	}
}

/** The sign of a − b, two figures (exact). */
export function compare(a: Piece, b: Piece): number {
	if (a.units !== null && b.units !== null) return a.units - b.units;
	return a.decimal.comparedTo(b.decimal);
}

/** True for a figure of zero. */
export function isZero(p: Piece): boolean {
	return p.units !== null ? p.units === 0 : p.decimal.isZero();
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Every piece of one run, by place and shape, each made once. */
export class RunPieces {
	/** pieces by start, then by length */
	private readonly made: Array<Array<Piece | undefined> | undefined> = [];
	private count = 0;
	private readonly byShape: Array<number[] | undefined> = [];
	private readonly hasPercent: boolean;
	constructor(
		private readonly text: string,
		private readonly places: number
	) {
		this.hasPercent = text.includes('%');
	}

	/**
	 * Where the pieces a column of `shape` can take at text[at] end, in walk order (a piece is
	 * made only when a walk takes it: most places are only looked at for where they lead).
	 */
	ends(at: number, shape: Shape): number[] {
		const key = at * 3 + shape;
		return (this.byShape[key] ??= this.find(at, shape));
	}

	/** The piece text[start, end), made once. */
	piece(start: number, end: number): Piece {
		const at = (this.made[start] ??= []);
		return (at[end - start] ??= new Piece(this.count++, this.text.slice(start, end), end));
	}

	/**
	 * A placeholder mark alone; else a cut inside the integer part or the whole integer with its
	 * decimals, one more at a time. A `%` belongs to the rate: no other column stops right before
	 * one, and a rate without its `%` only in a run that prints none (a fraction, `0.98`).
	 */
	private find(at: number, shape: Shape): number[] {
		const { text } = this;
		const first = text.charCodeAt(at);
		// —, -, /
		if (first === 0x2014 || first === 45 || first === 47) return [at + 1];
		const out: number[] = [];
		if (!isDigit(first)) return out;
		let intEnd = at + 1;
		if (first !== 48) while (isDigit(text.charCodeAt(intEnd))) intEnd++;
		const maxDecimals = shape === Shape.Amount ? this.places : 2;
		for (let end = at + 1; end <= intEnd; end++) {
			this.take(out, end, shape);
			if (end === intEnd && text.charCodeAt(end) === 46)
				for (let d = 1; d <= maxDecimals && isDigit(text.charCodeAt(end + d)); d++)
					this.take(out, end + 1 + d, shape);
		}
		return out;
	}

	private take(out: number[], e: number, shape: Shape): void {
		const percent = this.text.charCodeAt(e) === 37;
		if (shape !== Shape.Rate) {
			if (!percent) out.push(e);
		} else if (percent) out.push(e + 1);
		else if (!this.hasPercent) out.push(e);
	}
}
