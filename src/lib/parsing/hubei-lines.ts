/**
 * Hubei indicator rows from PDF text that prints each row on lines of its own: a row's cells
 * (name, target, actual, score) on one line, a name too wide for its column wrapped onto lines
 * holding nothing else, either above its values (reading order) or around them (side-by-side
 * cells, the values on the row's middle line).
 */
import type { Cell } from './cells.ts';
import {
	kindOf,
	NUMBER,
	scanLevel,
	startsRubric,
	type LevelScan,
	type RowsRead
} from './hubei-cells.ts';
import type { LevelLabel } from './levels.ts';
import { visualWidth } from './text.ts';

interface Line {
	line: number;
	labels: LevelLabel[];
	/** names and values, without levels and rubric */
	cells: string[];
	/** a row's rubric starts on this line: the line belongs to that row, not to one above */
	rowStart: boolean;
}

interface Piece {
	text: string;
	line: number;
	rowStart: boolean;
}

interface Row {
	name: string[];
	values: string[];
	/** the line of its last name piece */
	last: number;
}

/**
 * The rows of body[start…], or null when the text does not print a row per line: a row lacks
 * its target, actual or score (the stream reader reads such text).
 */
export function readHubeiLines(
	body: readonly Cell[],
	texts: readonly string[],
	start: number,
	truncated: boolean
): RowsRead | null {
	const lines = lineCells(body, texts, start);
	// the name column's wrap width: its widest piece (a piece that wide may go on)
	const width = Math.max(0, ...lines.filter(hasName).map((l) => visualWidth(l.cells[0] ?? '')));
	const read: RowsRead = { rows: [], events: [], unplaced: [] };
	const rows: Row[] = [];
	let pending: Piece[] = [];
	// pieces after a row's name line continue it while its name fills the column
	const trailing = () => {
		const row = rows[rows.length - 1];
		while (row && pending[0] && !pending[0].rowStart && pending[0].line === row.last + 1) {
			if (visualWidth(row.name[row.name.length - 1] ?? '') < width) break;
			row.name.push(pending[0].text);
			row.last = pending.shift()!.line;
		}
	};
	const add = (row: Row) => {
		rows.push(row);
		read.rows.push(row);
	};
	for (const line of lines) {
		for (const label of line.labels) read.events.push({ label, rows: rows.length });
		const { cells } = line;
		if (!cells.length) continue;
		if (cells.length === 1 && kindOf(cells[0]!) === 'text') {
			pending.push({ text: cells[0]!, line: line.line, rowStart: line.rowStart });
			continue;
		}
		if (hasName(line) && (cells.length >= 4 || !pending.length)) {
			// a name beside its values: the pieces before it are the previous row's or its own
			trailing();
			const own = cells.length >= 4 ? cells.length - 3 : 1;
			const name = [...pending.map((p) => p.text), ...cells.slice(0, own)];
			const values = cells.slice(own);
			add({ name, values, last: line.line });
		} else if (pending.length) {
			// values on a line of their own: the name wrapped onto the lines above, none below
			add({ name: pending.map((p) => p.text), values: cells, last: Number.POSITIVE_INFINITY });
		} else return null;
		pending = [];
	}
	trailing();
	if (pending.length) {
		if (!truncated) return null;
		read.unplaced.push(pending.map((p) => p.text).join(''));
	}
	const complete = (r: Row) => r.values.length === 3 && NUMBER.test(r.values[2] ?? '');
	const cut = truncated ? rows.slice(0, -1) : rows;
	return cut.every(complete) ? read : null;
}

/** A line whose first cell is a name piece: a text, with values after it or alone. */
const hasName = (l: Line) =>
	kindOf(l.cells[0] ?? '') === 'text' && (l.cells.length >= 4 || l.cells.length === 1);

/**
 * The body's cells line by line: labels taken off (with their points), rubric dropped, a unit
 * printed apart from its figure (`300 公里`) joined to it.
 */
function lineCells(body: readonly Cell[], texts: readonly string[], start: number): Line[] {
	const lines: Line[] = [];
	const scan: LevelScan = { pending: null };
	let i = start;
	while (i < texts.length) {
		const at = body[i]?.line ?? -1;
		let line = lines[lines.length - 1];
		if (!line || line.line !== at) {
			line = { line: at, labels: [], cells: [], rowStart: false };
			lines.push(line);
		}
		const text = texts[i] ?? '';
		const kind = kindOf(text);
		if (kind === 'rubric') {
			if (startsRubric(text)) line.rowStart = true;
			i++;
			continue;
		}
		const level = scanLevel(texts, i, scan, kind);
		if (level) {
			if (level.label) line.labels.push(level.label);
			i = level.next;
			continue;
		}
		const unit = texts[i + 1] ?? '';
		// a unit between two values of the line (not the score's neighbour)
		if (
			kind === 'number' &&
			body[i + 1]?.line === at &&
			body[i + 2]?.line === at &&
			kindOf(unit) === 'text' &&
			unit.length <= 2 &&
			kindOf(texts[i + 2] ?? '') !== 'rubric'
		) {
			line.cells.push(text + unit);
			i += 2;
			continue;
		}
		line.cells.push(text);
		i++;
	}
	return lines;
}
