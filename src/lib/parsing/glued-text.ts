/**
 * Text extracted with no separators at all ([F021]): doc-site chunks (`1、…`, `2、…`) joined
 * back, OCR glyph errors fixed where a label is expected, and the glued line cut into one line
 * per label and per run between labels, so the block readers see cells again.
 */
import { GLUED_CUT_LABELS, OCR_LABEL_FIXES } from './templates/glued-labels.ts';

const CHUNK = /^(\d{1,2})、/;
/** A glued line is long and has no whitespace. */
const MIN_GLUED = 120;

/**
 * Joins doc-site chunks: lines numbered 1、 2、 3、 … in sequence, without whitespace, long ones
 * among them, are pieces of one glued text cut at arbitrary places (even inside a word).
 */
export function joinChunks(lines: readonly string[]): string[] {
	// an indented chunk is still a chunk
	const text = (at: number) => (lines[at] ?? '').trimStart();
	const numbered: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const first = text(i).charCodeAt(0);
		if (first >= 48 && first <= 57 && CHUNK.test(text(i))) numbered.push(i);
	}
	if (numbered.length < 2) return lines.slice();
	const sequential = numbered.every((at, k) => CHUNK.exec(text(at))?.[1] === String(k + 1));
	// chunks of glued text: no whitespace at all, and long
	const glued = numbered.every((at) => !/\s/.test(text(at)));
	const long = numbered.some((at) => text(at).length >= MIN_GLUED);
	if (!sequential || !glued || !long) return lines.slice();
	const out = lines.slice();
	const first = numbered[0] ?? 0;
	out[first] = numbered.map((at) => text(at).replace(CHUNK, '')).join('');
	for (const at of numbered.slice(1)) out[at] = '';
	return out;
}

/** Applies an OCR fix only where the fixed text then reads as a label at that place. */
function fixLabels(line: string): string {
	let out = line;
	for (const [printed, meant] of OCR_LABEL_FIXES) {
		let at = out.indexOf(printed);
		while (at >= 0) {
			const fixed = out.slice(0, at) + meant + out.slice(at + printed.length);
			const window = fixed.slice(Math.max(0, at - 6), at + meant.length + 12);
			const offset = Math.min(at, 6);
			let covered = false;
			for (const m of window.matchAll(GLUED_CUT_LABELS))
				if (m.index <= offset && m.index + m[0].length >= offset + meant.length) covered = true;
			if (covered) out = fixed;
			at = out.indexOf(printed, at + 1);
		}
	}
	return out;
}

/** True for a line extraction glued: long, without whitespace, carrying several labels. */
export function isGluedLine(line: string): boolean {
	if (line.length < MIN_GLUED || /\s/.test(line)) return false;
	return (line.match(GLUED_CUT_LABELS)?.length ?? 0) >= 4;
}

/** Cuts a glued line before and after every label; a label printed twice in a row is text. */
export function cutGluedLine(line: string): string[] {
	const text = fixLabels(line);
	const pieces: string[] = [];
	let from = 0;
	let previous = '';
	for (const m of text.matchAll(GLUED_CUT_LABELS)) {
		// `财务管理财务管理制度有效性`: the second 财务管理 starts a name
		if (m.index === from && m[0] === previous) continue;
		if (m.index > from) pieces.push(text.slice(from, m.index));
		pieces.push(m[0]);
		from = m.index + m[0].length;
		previous = m[0];
	}
	if (from < text.length) pieces.push(text.slice(from));
	return pieces;
}
