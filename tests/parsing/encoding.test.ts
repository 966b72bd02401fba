import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/lib/parsing/decode.ts';
import { fixture, firstRecord } from './helpers.ts';

const text = fixture('shanghai-two-forms.txt');
const utf8 = new TextEncoder().encode(text);

function utf16le(s: string): Uint8Array {
	const out = new Uint8Array(2 + s.length * 2);
	out.set([0xff, 0xfe]);
	for (let i = 0; i < s.length; i++) {
		out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
		out[3 + 2 * i] = s.charCodeAt(i) >> 8;
	}
	return out;
}

describe('parseFile decodes', () => {
	it('plain UTF-8', () => {
		expect(firstRecord(utf8).project).toBe('社区图书馆数字化改造');
	});

	it('UTF-8 with a BOM', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
		expect(firstRecord(bytes).project).toBe('社区图书馆数字化改造');
	});

	it('GB18030 bytes', () => {
		const bytes = new Uint8Array(iconv.encode(text, 'gb18030'));
		expect(firstRecord(bytes).department).toBe('上海市示范区文化和旅游管理局');
	});

	it('detects GB18030 when the bytes are not UTF-8', () => {
		expect(detectEncoding(new Uint8Array(iconv.encode(text, 'gb18030')))).toBe('gb18030');
	});

	it('UTF-16 LE with a BOM', () => {
		expect(firstRecord(utf16le(text)).unit).toBe('上海市示范区图书馆');
	});

	it('CRLF line ends', () => {
		const bytes = new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
		expect(firstRecord(bytes).indicators.map((i) => i.name)).toEqual(
			firstRecord(utf8).indicators.map((i) => i.name)
		);
	});

	it('UTF-8 cut in the middle of a character', () => {
		expect(detectEncoding(utf8.subarray(0, utf8.length - 1))).toBe('utf-8');
	});
});
