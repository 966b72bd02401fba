/** A file's text as clean lines: folded, furniture dropped, vertical labels put back together. */
import { isFurniture, stripInlineFurniture } from './furniture.ts';
import { cutGluedLine, isGluedLine, joinChunks } from './glued-text.ts';
import { OCR_FIXES } from './templates/glued-labels.ts';
import { foldText, isWhitespace, joinText } from './text.ts';

const VERTICAL_LABELS = [
	'绩效指标',
	'年度总体目标',
	'项目资金',
	'预算执行情况',
	'绩效目标',
	'产出指标',
	'效益指标',
	'满意度指标'
];

const SPACE = /\s/;

/**
 * The line's text when, trimmed, it is one or two characters (`/^\S{1,2}$/` on the trimmed
 * line); null otherwise. Long lines are refused from their ends, without a copy.
 */
function shortPiece(line: string | undefined): string | null {
	if (line === undefined) return null;
	let a = 0;
	let b = line.length - 1;
	while (a <= b && SPACE.test(line[a] ?? '')) a++;
	while (b >= a && SPACE.test(line[b] ?? '')) b--;
	const length = b - a + 1;
	if (length < 1 || length > 2) return null;
	if (length === 2 && SPACE.test(line[a + 1] ?? '')) return null;
	return line.slice(a, b + 1);
}

/**
 * Joins labels printed one or two characters per line (`绩`/`效`/`指`/`标`, `年度`/`总体`/`目标`)
 * back into one line, when the run spells a known section label.
 */
function joinVertical(lines: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		let j = i;
		let text = '';
		for (let piece = shortPiece(lines[j]); piece !== null && text.length < 8;) {
			text += piece;
			j++;
			if (j - i >= 2 && VERTICAL_LABELS.includes(text)) break;
			piece = shortPiece(lines[j]);
		}
		if (j - i >= 2 && VERTICAL_LABELS.includes(text)) {
			out.push(text);
			i = j - 1;
		} else out.push(lines[i] ?? '');
	}
	return out;
}

/**
 * Text converted with a blank line after every line (some PDF and web converters do it) says
 * nothing with its blank lines, where other text marks a new cell with one: such text loses one
 * blank line from every run, so that only its wider gaps still separate.
 */
function singleSpaced(lines: string[]): string[] {
	let text = 0;
	let followedByBlank = 0;
	for (let i = 0; i < lines.length; i++) {
		if (!lines[i]) continue;
		text++;
		if (i + 1 < lines.length && !lines[i + 1]) followedByBlank++;
	}
	if (text < 10 || followedByBlank < text * 0.9) return lines;
	// the first blank line after text goes: runs of k blank lines keep k - 1
	return lines.filter((line, i) => line || i === 0 || !lines[i - 1]);
}

/**
 * Folds the text and splits it into lines, furniture removed and labels joined. A furniture line
 * goes without a trace: a page number printed mid-cell must not cut the cell's text in two.
 */
export function prepareLines(text: string): string[] {
	const cellText = fewAdjacentLines(text) ? cellPerLine(text.split('\n')) : null;
	if (cellText) return cellText;
	const lines: string[] = [];
	const folded = foldText(text);
	// (glyph errors and spaced percent signs, looked for in each line only when the text has any:
	// dropping inline page marks leaves the spaces around them, so it joins no glyphs)
	const ocr = OCR_ANY.test(folded);
	const percent = folded.includes('%');
	for (const printed of folded.split('\n')) {
		let line = (INLINE_DASH.test(printed) ? stripInlineFurniture(printed) : printed).trimEnd();
		if (ocr && OCR_ANY.test(line))
			for (const [glyphs, meant] of OCR_FIXES)
				if (line.includes(glyphs)) line = line.replaceAll(glyphs, meant);
		// `86.19 %`: the sign belongs to its number (domain.md §4.3)
		if (percent && line.includes('%')) line = line.replace(SPACED_PERCENT, '$1%');
		// a line that was nothing but page marks goes too
		if (isFurniture(line) || (!line && printed.trim())) continue;
		lines.push(line);
	}
	const out: string[] = [];
	for (const line of joinVertical(joinChunks(singleSpaced(lines)))) {
		if (line.includes('自评表')) {
			for (const piece of cutBeforeTitle(line))
				if (isGluedLine(piece)) out.push(...cutGluedLine(piece));
				else out.push(piece);
		} else if (isGluedLine(line)) out.push(...cutGluedLine(line));
		else out.push(line);
	}
	return out;
}

const SPACED_PERCENT = /(\d) +%/g;
/** Any of the OCR glyph errors, tested once per line before fixing them one by one. */
const OCR_ANY = new RegExp(
	OCR_FIXES.map(([glyphs]) => glyphs.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
);

/** Inline page marks (`— 1 —`) need a dash. */
const INLINE_DASH = /[-—–]/;

/**
 * A long line that carries a form title after other text (DOCX metadata, a banner) is cut so the
 * title starts its own line.
 */
function cutBeforeTitle(line: string): string[] {
	const m = /[^\s|:]*自评表/.exec(line);
	if (!m || /基础数据表/.test(m[0])) return [line];
	// a year printed apart from the rest of its title (`2022 年 度项目支出…`, `2022 年度…`) stays
	// with it
	const year = TITLE_YEAR.exec(line.slice(0, m.index));
	let at = year ? year.index : m.index;
	// a year glued to the text before it (`上海市卫生健康委员会2022 年度…`) is inside the title
	while (year && at > 0 && !/[\s|]/.test(line[at - 1] ?? ' ')) at--;
	if (at === 0 || !line.slice(0, at).trim()) return [line];
	return [line.slice(0, at), line.slice(at)];
}

// the year before its 年 too: PDF text sets `2022 年度…` apart where the digits change font
const TITLE_YEAR = /[(（]?\s*(?:19|20)\d{2}\s*(?:年\s*度?)?\s*$/;

/** The line that stands for a blank cell in text printed one cell per line (see cellLines). */
export const EMPTY_CELL = '\u00a0';

/**
 * Whether at most a tenth of the text's lines follow a line with text, themselves with text (most
 * text is not laid out one cell per line: told from the unfolded text, without cutting it into
 * lines). A line has text when it holds a character other than whitespace (`\S`).
 */
function fewAdjacentLines(text: string): boolean {
	let adjacent = 0;
	let lines = 1;
	let before = false;
	let now = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10) {
			if (now && before && lines > 1) adjacent++;
			[before, now] = [now, false];
			lines++;
		} else if (!now && !isWhitespace(code)) now = true;
	}
	if (now && before && lines > 1) adjacent++;
	return adjacent * 10 <= lines;
}

/**
 * Web tables copied as text one cell per paragraph ([F019]): a blank line between cells, a blank
 * cell printed as one more line of spaces. Read from the runs of blank lines between text lines
 * (lines trimmed, page furniture dropped), so spacing and indentation do not matter: the usual
 * run is the separator; a paragraph's lines are one cell, and a longer run holds blank cells
 * (one per separator plus one line). Null when the text is not laid out so (fewer than three
 * blank cells, or text lines not nearly all apart).
 */
function cellPerLine(raw: readonly string[]): string[] | null {
	const texts: string[] = [];
	const gaps: number[] = [];
	let gap = 0;
	for (const printed of raw) {
		const line = printed.trim();
		if (!line) {
			gap++;
			continue;
		}
		let folded = foldText(line).trim();
		if (!folded || isFurniture(folded)) continue;
		if (OCR_ANY.test(folded))
			for (const [glyphs, meant] of OCR_FIXES)
				if (folded.includes(glyphs)) folded = folded.replaceAll(glyphs, meant);
		if (texts.length) gaps.push(gap);
		texts.push(folded);
		gap = 0;
	}
	if (texts.length < 20) return null;
	const counts = new Map<number, number>();
	for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
	const separator = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
	const cellsIn = (g: number) => Math.round((g - separator) / (separator + 1));
	const apart = gaps.filter((g) => g >= separator).length;
	const blanks = gaps.filter((g) => cellsIn(g) >= 1).length;
	if (separator < 1 || apart < gaps.length * 0.9 || blanks < 3) return null;
	const out: string[] = [texts[0] ?? ''];
	gaps.forEach((g, k) => {
		const text = texts[k + 1] ?? '';
		if (g < separator) {
			out[out.length - 1] = joinText([out[out.length - 1] ?? '', text]);
			return;
		}
		for (let n = cellsIn(g); n > 0; n--) out.push(EMPTY_CELL);
		out.push(text);
	});
	return out.map((line) => (line.includes('%') ? line.replace(SPACED_PERCENT, '$1%') : line));
}
