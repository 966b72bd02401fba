/**
 * Wrapping cell text the way PDF text extraction shows it: a table cell has a fixed width,
 * a CJK character takes two units, an ASCII character one.
 */

/** Display width of one character: 1 for ASCII (and the no-break space), 2 otherwise. */
function charWidth(char: string): number {
	return char.charCodeAt(0) < 0x2000 ? 1 : 2;
}

/** Display width of a text. */
export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char);
	return width;
}

/** Splits text greedily into lines of at most `width` units (a longer character gets its own line). */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	let used = 0;
	for (const char of text) {
		const w = charWidth(char);
		if (used + w > width && line) {
			lines.push(line);
			line = '';
			used = 0;
		}
		line += char;
		used += w;
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
