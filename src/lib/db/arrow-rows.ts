/**
 * Arrow results → plain rows with exact values: DECIMAL becomes a decimal string (never a
 * float), BIGINT a number when it fits exactly, else a string.
 */
import { DataType, type Table } from 'apache-arrow';
import type { Row, Value } from '../model/values.ts';

export type { Row, Value } from '../model/values.ts';

/** Writes an unscaled integer with `scale` decimals: (-12345, 2) → "-123.45". */
export function scaleUnscaled(unscaled: bigint, scale: number): string {
	const negative = unscaled < 0n;
	const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
	const whole = scale ? digits.slice(0, -scale) : digits;
	const fraction = scale ? '.' + digits.slice(-scale) : '';
	return (negative ? '-' : '') + whole + fraction;
}

/**
 * The unscaled integer of an Arrow decimal value: its little-endian 32-bit words, two's
 * complement. (String(value) gives the same digits, several times slower.)
 */
function decimalWords(words: Uint32Array): bigint {
	let big = 0n;
	for (let w = words.length - 1; w >= 0; w--) big = (big << 32n) | BigInt(words[w]!);
	return BigInt.asIntN(words.length * 32, big);
}

function converter(type: DataType): (v: unknown) => Value {
	if (DataType.isDecimal(type)) {
		const scale = type.scale;
		return (v) => (v == null ? null : scaleUnscaled(decimalWords(v as Uint32Array), scale));
	}
	if (DataType.isInt(type) && type.bitWidth === 64) {
		return (v) => {
			if (v == null) return null;
			const big = BigInt(v as bigint);
			return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER)
				? Number(big)
				: big.toString();
		};
	}
	if (DataType.isDate(type) || DataType.isTimestamp(type)) {
		return (v) => (v == null ? null : Number(v));
	}
	return (v) => (v == null ? null : (v as Value));
}

/** Converts every row of an Arrow table, column by column. */
export function arrowToRows(table: Table): Row[] {
	const fields = table.schema.fields;
	const columns = fields.map((f) => ({
		name: f.name,
		vector: table.getChild(f.name),
		convert: converter(f.type)
	}));
	const rows: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (const c of columns) row[c.name] = c.convert(c.vector?.get(i));
		rows[i] = row;
	}
	return rows;
}
