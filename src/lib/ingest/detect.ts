/** Which reader a file needs: from its first bytes (what it is), then its name (what it claims). */

export type FileFormat = 'pdf' | 'xlsx' | 'xls' | 'docx' | 'html' | 'text' | 'encrypted-office';

const latin1 = (bytes: Uint8Array, from: number, to: number) =>
	new TextDecoder('latin1').decode(bytes.subarray(from, to));

/** True when `needle` (ASCII) occurs in the bytes, or as UTF-16LE when `wide`. */
function contains(bytes: Uint8Array, needle: string, wide = false): boolean {
	const text = wide ? needle.split('').join('\u0000') : needle;
	return latin1(bytes, 0, bytes.length).includes(text);
}

/** The file's format. Office files with a password are OLE containers holding `EncryptionInfo`. */
export function detectFormat(bytes: Uint8Array, name: string): FileFormat {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (latin1(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		if (ext === 'docx' || ext === 'xlsx') return ext;
		return contains(bytes, 'word/') ? 'docx' : 'xlsx';
	}
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
		if (contains(bytes, 'EncryptionInfo', true)) return 'encrypted-office';
		return 'xls';
	}
	if (ext === 'pdf' || ext === 'xlsx' || ext === 'xls' || ext === 'docx') return ext;
	if (ext === 'html' || ext === 'htm') return 'html';
	if (/<(html|table)[\s>]/i.test(latin1(bytes, 0, 4096))) return 'html';
	return 'text';
}
