/**
 * Hubei indicator rows from text that interleaves the cells of a row (026: the table runs on one
 * line, a wrapped name, target or level label comes out in pieces between other cells).
 */
import { kindOf, levelAt, scanLevel, type LevelScan, type RowsRead } from './hubei-cells.ts';

interface Row {
	name: string[];
	open: boolean;
	values: string[];
	units: number[];
}

/**
 * Reads the rows from texts[start…]. Names wrapped at the column width continue with the next
 * name piece; the unit of a wrapped target or actual (`300 公` … `里`) continues with the next
 * short piece; rubric text (评价标准) is skipped.
 */
export function readHubeiStream(
	texts: readonly string[],
	start: number,
	truncated: boolean
): RowsRead {
	const width = wrapWidth(texts, start);
	const read: RowsRead = { rows: [], events: [], unplaced: [] };
	const scan: LevelScan = { pending: null };
	let current: Row | null = null;
	let i = start;
	while (i < texts.length) {
		const text = texts[i] ?? '';
		const kind = kindOf(text);
		if (kind === 'rubric') {
			i++;
			continue;
		}
		const level = scanLevel(texts, i, scan, kind);
		if (level) {
			if (level.label) read.events.push({ label: level.label, rows: read.rows.length });
			i = level.next;
			continue;
		}
		if (kind === 'number') {
			if (current && current.values.length < 4) {
				current.values.push(text);
				const unit = texts[i + 1] ?? '';
				if (
					current.values.length <= 2 &&
					kindOf(unit) === 'text' &&
					unit.length <= 2 &&
					!levelAt(texts, i + 1)
				) {
					current.values[current.values.length - 1] += unit;
					current.units.push(current.values.length - 1);
					i++;
				}
			} else read.unplaced.push(text);
			i++;
			continue;
		}
		// a wrapped name continues first (its column is left of the values), unless the piece
		// starts a row of its own: values follow it while the open row has its values already
		const startsRow = Boolean(current?.values.length) && kindOf(texts[i + 1] ?? '') === 'number';
		if (current?.open && !startsRow) {
			current.name.push(text);
			current.open = text.length >= width;
		} else if (current && current.units.length && text.length <= 2 && !startsRow) {
			const k = current.units.shift() ?? 0;
			current.values[k] += text;
		} else {
			current = { name: [text], open: text.length >= width, values: [], units: [] };
			read.rows.push(current);
		}
		i++;
	}
	// a last row cut off by the end of the text, with nothing but a piece of its name
	const last = read.rows[read.rows.length - 1];
	if (truncated && last && !last.values.length && last.name.join('').length < width) {
		read.rows.pop();
		read.unplaced.push(last.name.join(''));
	}
	return read;
}

/** The name column's wrap width: the longest name piece, when at least two pieces reach it. */
function wrapWidth(texts: readonly string[], start: number): number {
	const lengths = texts
		.slice(start)
		.filter((t) => kindOf(t) === 'text' && t.length >= 3)
		.map((t) => t.length);
	const longest = Math.max(0, ...lengths);
	return lengths.filter((n) => n === longest).length >= 2 ? longest : Infinity;
}
