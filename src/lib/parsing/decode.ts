/**
 * Bytes → text. A BOM decides; else UTF-16 is recognised by its zero bytes; else UTF-8 when the
 * bytes are UTF-8, GB18030 when none of them are, and line by line when a file mixes the two (a
 * form pasted from another file). Whatever was not certain is said in `guesses`. Browser-safe.
 */

/** The encoding a file's bytes were read with ('mixed': UTF-8 and GB18030 line by line). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'mixed';

export interface Decoded {
	text: string;
	encoding: Encoding;
	/** what the decoder had to guess, in words for the user (each becomes an encoding_guess) */
	guesses: string[];
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function bomOf(bytes: Uint8Array): Encoding | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

/**
 * UTF-16 without a BOM: text has no zero bytes in UTF-8 or GB18030, while in UTF-16 every ASCII
 * character (digits, spaces, line ends) has one, always on the same side of the pair.
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (bytes.length < 4 || bytes.length % 2) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2) odd++;
		else even++;
	}
	const pairs = bytes.length / 2;
	if (odd >= pairs * 0.05 && even * 10 <= odd) return 'utf-16le';
	if (even >= pairs * 0.05 && odd * 10 <= even) return 'utf-16be';
	return null;
}

/** The bytes as UTF-8 text, allowing a character cut off at their end; null when not UTF-8. */
function asUtf8(bytes: Uint8Array, allowCut: boolean): string | null {
	for (let cut = 0; cut <= (allowCut ? Math.min(3, bytes.length) : 0); cut++) {
		try {
			const text = UTF8_STRICT.decode(bytes.subarray(0, bytes.length - cut));
			return cut ? new TextDecoder('utf-8').decode(bytes) : text;
		} catch {
			// try again without the last bytes: a truncated multi-byte character
		}
	}
	return null;
}

/** Detects the encoding of a whole file (a file that mixes them reads 'mixed'). */
export function detectEncoding(bytes: Uint8Array): Encoding {
	return decodeBytes(bytes).encoding;
}

/** The byte offset of the first sequence GB18030 cannot decode, or -1. */
function firstInvalidGb(bytes: Uint8Array): number {
	const decodes = (end: number) => {
		try {
			// streaming: a character cut off by `end` is not an error
			new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
			return true;
		} catch {
			return false;
		}
	};
	if (decodes(bytes.length) && asGb(bytes) !== null) return -1;
	// the decoder does not say where it failed: the longest prefix that decodes, by halves
	let lo = 0;
	let hi = bytes.length;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (decodes(mid)) lo = mid;
		else hi = mid;
	}
	return lo;
}

function asGb(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function lineRanges(lines: readonly Line[]): string {
	const runs: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (lines[i]!.utf8 !== false) continue;
		let j = i;
		while (j + 1 < lines.length && lines[j + 1]!.utf8 !== true) j++;
		while (lines[j]!.utf8 !== false) j--; // a run ends on its last GB18030 line
		runs.push(`第 ${i + 1}${j > i ? `–${j + 1}` : ''} 行（字节 ${lines[i]!.start} 起）`);
		i = j;
	}
	return runs.length > 5 ? `${runs.slice(0, 5).join('、')} 等 ${runs.length} 段` : runs.join('、');
}

interface Line {
	start: number;
	end: number;
	/** true: UTF-8; false: GB18030; null: ASCII only, the same in both */
	utf8: boolean | null;
}

/**
 * Each line's encoding. A line that only UTF-8 reads is UTF-8; one UTF-8 cannot read is GB18030;
 * one both read (short Chinese text often is valid in both) goes with the nearest line before it
 * that was certain (after it, at the top): a pasted form is a run of lines in one encoding.
 */
function classifyLines(bytes: Uint8Array): Line[] {
	const lines: (Line & { both: boolean })[] = [];
	for (let start = 0; start < bytes.length;) {
		let end = bytes.indexOf(0x0a, start);
		end = end < 0 ? bytes.length : end + 1;
		const line = bytes.subarray(start, end);
		const ascii = line.every((b) => b < 0x80);
		const utf8 = ascii ? null : asUtf8(line, end === bytes.length) !== null;
		lines.push({ start, end, utf8, both: utf8 === true && asGb(line) !== null });
		start = end;
	}
	const certain = lines.filter((l) => l.utf8 !== null && !l.both);
	let previous: boolean | null = certain[0]?.utf8 ?? null;
	for (const line of lines) {
		if (line.utf8 === null) continue;
		if (line.both) line.utf8 = previous ?? true;
		else previous = line.utf8;
	}
	return lines;
}

/** A file neither UTF-8 nor with a BOM: GB18030, or UTF-8 and GB18030 line by line. */
function decodeLines(bytes: Uint8Array): Decoded {
	const lines = classifyLines(bytes);
	const gbLines = lines.filter((l) => l.utf8 === false).length;
	if (lines.every((l) => l.utf8 !== true)) {
		const bad = firstInvalidGb(bytes);
		const text = new TextDecoder('gb18030').decode(bytes);
		const guesses =
			bad >= 0 ? [`字节 ${bad} 起有无法按 GB18030（GBK）解码的字节，已用 � 代替`] : [];
		return { text, encoding: 'gb18030', guesses };
	}
	const utf8 = new TextDecoder('utf-8');
	const gb = new TextDecoder('gb18030');
	const text = lines
		.map((l) => (l.utf8 === false ? gb : utf8).decode(bytes.subarray(l.start, l.end)))
		.join('');
	return {
		text,
		encoding: 'mixed',
		guesses: [
			`文件混用 UTF-8 与 GBK 编码：${lineRanges(lines)}按 GB18030 解码（共 ${gbLines} 行），其余按 UTF-8`
		]
	};
}

/** Decodes a file's bytes (BOM dropped) and normalises CRLF / CR line ends to LF. */
export function decodeBytes(bytes: Uint8Array): Decoded {
	let decoded: Decoded;
	const bom = bomOf(bytes);
	const utf16 = bom ? null : utf16Without(bytes);
	const utf8 = bom || utf16 ? null : asUtf8(bytes, true);
	if (bom) decoded = { text: new TextDecoder(bom).decode(bytes), encoding: bom, guesses: [] };
	else if (utf16)
		decoded = {
			text: new TextDecoder(utf16).decode(bytes),
			encoding: utf16,
			guesses: [`文件没有字节顺序标记（BOM），按零字节的位置判断为 ${utf16.toUpperCase()} 解码`]
		};
	else if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8', guesses: [] };
	else decoded = decodeLines(bytes);
	let text = decoded.text;
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	return { ...decoded, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}
