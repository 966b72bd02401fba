/**
 * A workbook's number as the text the sheet shows: percentages ×100 with `%`, the decimals the
 * number format asks for, float noise (0.30000000000000004) removed. decimal.js, never float
 * arithmetic, so 0.1305 shown as `0.00%` reads `13.05%`.
 */
import Decimal from 'decimal.js';

/** The number of decimals a format such as `#,##0.00` or `0.0%` shows; null for General. */
function decimals(format: string): number | null {
	const section = format.split(';')[0] ?? '';
	const m = /0\.(0+)/.exec(section);
	if (m?.[1]) return m[1].length;
	return /[0#]/.test(section) ? 0 : null;
}

/** The text of a numeric cell under its number format (General when none). */
export function numberText(value: number, format: string | undefined): string {
	if (!Number.isFinite(value)) return String(value);
	// 15 significant digits: what Excel keeps, and what removes binary float noise
	let number = new Decimal(value.toPrecision(15));
	const fmt = (format ?? '').replace(/"[^"]*"|\\./g, '');
	const percent = fmt.includes('%');
	if (percent) number = number.times(100);
	const places = fmt && fmt !== 'General' ? decimals(fmt) : null;
	const text = places === null ? number.toFixed() : number.toFixed(places);
	return percent ? `${text}%` : text;
}
