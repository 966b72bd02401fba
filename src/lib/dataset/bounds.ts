/**
 * Every value checked where it enters a table: a number the column's type cannot hold, or text
 * that is not a number, becomes null with a warning naming the field, so one form never stops a
 * build (DuckDB's cast would fail on it) and no value vanishes silently; text loses its
 * bidirectional controls, with a warning. Pure.
 */
import Decimal from 'decimal.js';
import type { FormWarning } from '../model/form.ts';
import type { ColumnKind } from './schema.ts';
import { hasBidiControls, showBidiControls, stripBidiControls } from '../format/bidi.ts';

/** Largest magnitude (exclusive) each decimal column holds: 10^(precision − scale), schema.ts. */
const LIMITS: Partial<Record<ColumnKind, { limit: Decimal; scale: number }>> = {
	money: { limit: new Decimal('1e16'), scale: 2 },
	points: { limit: new Decimal('1e8'), scale: 4 },
	percent: { limit: new Decimal('1e8'), scale: 4 },
	ratio: { limit: new Decimal('1e12'), scale: 6 }
};

/** INTEGER columns (years, positions) */
const INT_LIMIT = 2 ** 31;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Collects the warnings of one form while its values are checked. */
export class ValueChecker {
	readonly warnings: FormWarning[] = [];

	/**
	 * A decimal as printed (thousands separators, spaces and a trailing % allowed; `1e5` read)
	 * → the plain decimal string the column takes, or null with a warning.
	 */
	decimal(printed: string | null | undefined, kind: ColumnKind, field: string): string | null {
		if (printed == null) return null;
		const cleaned = printed.replace(/[,\s]/g, '').replace(/%$/, '');
		if (cleaned === '') return null;
		const bounds = LIMITS[kind];
		if (!NUMBER.test(cleaned) || !bounds) return this.unreadable(printed, field);
		const value = new Decimal(cleaned);
		// rounded to the column's scale first, as DuckDB's cast rounds
		if (!value.isFinite() || value.toDecimalPlaces(bounds.scale).abs().gte(bounds.limit))
			return this.outOfRange(printed, field, bounds.limit);
		return /e/i.test(cleaned) ? value.toFixed() : cleaned;
	}

	/** A whole number for an INTEGER column, or null with a warning. */
	integer(value: number | null | undefined, field: string): number | null {
		if (value == null) return null;
		if (Number.isInteger(value) && Math.abs(value) < INT_LIMIT) return value;
		return this.outOfRange(String(value), field, new Decimal(INT_LIMIT));
	}

	/** Text without bidirectional controls (they would reverse the name on every page), warned. */
	text(value: string | null | undefined, field: string): string | null {
		if (value == null || !hasBidiControls(value)) return value ?? null;
		this.warnings.push({
			code: 'bidi_control',
			message: `${field}含双向控制字符（会使文字显示颠倒），已移除`,
			text: showBidiControls(value)
		});
		return stripBidiControls(value);
	}

	/** Warns about a negative amount, which a budget or an expenditure cannot be; keeps it. */
	negative(value: string | null, field: string): void {
		if (value !== null && new Decimal(value).isNegative() && !new Decimal(value).isZero())
			this.warnings.push({
				code: 'negative_amount',
				message: `${field}为负数（${value}），请核对原表`,
				text: value
			});
	}

	private unreadable(printed: string, field: string): null {
		this.warnings.push({
			code: 'unreadable_number',
			message: `${field}不是可读的数字，未计入`,
			text: printed
		});
		return null;
	}

	private outOfRange(printed: string, field: string, limit: Decimal): null {
		this.warnings.push({
			code: 'value_out_of_range',
			message: `${field}超出可存储范围（绝对值须小于 ${limit.toExponential()}），未计入`,
			text: printed
		});
		return null;
	}
}
