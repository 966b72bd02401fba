/** Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else GB18030. Browser-safe. */

/** The encoding a file's bytes were read with. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Detects the encoding: a BOM wins; else UTF-8 when the bytes are valid UTF-8; else GB18030. */
export function detectEncoding(bytes: Uint8Array): Encoding {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return 'utf-8';
	} catch {
		return 'gb18030';
	}
}

/** Decodes a file's bytes (BOM dropped) and normalises CRLF / CR line ends to LF. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
	const encoding = detectEncoding(bytes);
	const text = new TextDecoder(encoding).decode(bytes);
	return { text: text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'), encoding };
}
