import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { decodeBytes } from '../../src/lib/parsing/decode.ts';
import { parseFile, parseText } from '../../src/lib/parsing/index.ts';
import { fixture } from './helpers.ts';

// Two forms in one file; the second pasted from a file in the other encoding.
const text = fixture('shanghai-two-forms.txt');
const cut = text.indexOf(' 财政项目支出绩效自评表');
const [first, second] = [text.slice(0, cut), text.slice(cut)];
const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

/** A record without its warnings: what the form says, to compare with the form read alone. */
const content = (r: FormRecord) => ({
	...r,
	warnings: r.warnings.filter((w) => w.code !== 'encoding_guess')
});
const alone = parseText(text, 'mixed.txt').records.map(content);

function utf16(s: string, littleEndian: boolean): Uint8Array {
	const out = new Uint8Array(s.length * 2);
	const view = new DataView(out.buffer);
	for (let i = 0; i < s.length; i++) view.setUint16(2 * i, s.charCodeAt(i), littleEndian);
	return out;
}

describe('parseFile on a file that mixes UTF-8 and GBK', () => {
	it('reads a UTF-8 form followed by a GBK form as each read alone', () => {
		const result = parseFile(join(utf8(first), gbk(second)), 'mixed.txt');
		expect(result.records.map(content)).toEqual(alone);
	});

	it('reads a GBK form followed by a UTF-8 form as each read alone', () => {
		const result = parseFile(join(gbk(first), utf8(second)), 'mixed.txt');
		expect(result.records.map(content)).toEqual(alone);
	});

	it('says which lines were read as GBK, on every form, as encoding_guess', () => {
		const lines = first.split('\n').length;
		const { records } = parseFile(join(utf8(first), gbk(second)), 'mixed.txt');
		for (const record of records)
			expect(record.warnings.filter((w) => w.code === 'encoding_guess')).toEqual([
				{
					code: 'encoding_guess',
					message: expect.stringMatching(
						new RegExp(
							`^文件混用 UTF-8 与 GBK 编码：第 ${lines}–\\d+ 行（字节 ${utf8(first).length} 起）按 GB18030 解码`
						)
					)
				}
			]);
	});
});

describe('parseFile on a file without a byte order mark', () => {
	it.each([
		['UTF-16LE', true],
		['UTF-16BE', false]
	])('recognises %s by its zero bytes and says it guessed', (name, littleEndian) => {
		const { records } = parseFile(utf16(text, littleEndian), 'utf16.txt');
		expect(records.map(content)).toEqual(parseText(text, 'utf16.txt').records.map(content));
		expect(records[0]?.warnings.find((w) => w.code === 'encoding_guess')?.message).toContain(name);
	});

	it('reads plain GBK without a guess warning', () => {
		const { records } = parseFile(gbk(text), 'gbk.txt');
		expect(records.flatMap((r) => r.warnings).filter((w) => w.code === 'encoding_guess')).toEqual(
			[]
		);
	});

	it('names the byte offset of bytes that are neither UTF-8 nor GB18030', () => {
		const bytes = join(gbk(first), new Uint8Array([0xff, 0xff]), gbk(second));
		expect(decodeBytes(bytes).guesses).toEqual([
			`字节 ${gbk(first).length} 起有无法按 GB18030（GBK）解码的字节，已用 � 代替`
		]);
	});
});
