/** Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else GB18030. Browser-safe. */

/** The encoding a file's bytes were read with. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Detects the encoding: a BOM wins; else UTF-8 when the bytes are valid UTF-8; else GB18030. */
export function detectEncoding(bytes: Uint8Array): Encoding {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return isUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/** True when the bytes are UTF-8, allowing a character cut off by the end of the file. */
function isUtf8(bytes: Uint8Array): boolean {
	const strict = UTF8_STRICT;
	for (let cut = 0; cut <= Math.min(3, bytes.length); cut++) {
		try {
			strict.decode(bytes.subarray(0, bytes.length - cut));
			return true;
		} catch {
			// try again without the last bytes: a truncated multi-byte character
		}
	}
	return false;
}

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes (BOM dropped) and normalises CRLF / CR line ends to LF. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
	let encoding: Encoding | null = null;
	let text = '';
	const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
	if (!bom) {
		// the usual case, valid UTF-8 without a BOM: decoded once, strictly
		try {
			text = UTF8_STRICT.decode(bytes);
			encoding = 'utf-8';
		} catch {
			// not UTF-8 as a whole: detectEncoding below allows a cut-off last character
		}
	}
	if (encoding === null) {
		encoding = detectEncoding(bytes);
		text = new TextDecoder(encoding).decode(bytes);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding };
}
