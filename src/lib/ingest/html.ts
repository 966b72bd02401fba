/**
 * Saved web pages (.html/.htm) → blocks: every `<table>` as a grid (rowspan/colspan kept), the
 * text between tables as lines (the form's title is often a heading above its table); scripts,
 * styles, navigation, page headers and footers dropped. No DOM: runs in Node and in a worker.
 */
import { decodeBytes } from '../parsing/decode.ts';
import { placeCells, type Block } from './blocks.ts';
import { decodeEntities } from './html-entities.ts';

/** Decodes a page by the charset its meta tag declares (GBK/GB2312/GB18030), else as text files. */
export function decodeHtml(bytes: Uint8Array): string {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const charset = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
	const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
	if (!bom && charset && /^(gbk|gb2312|gb18030|x-gbk)$/.test(charset))
		return new TextDecoder('gb18030').decode(bytes);
	return decodeBytes(bytes).text;
}

/** Elements whose content is never form text. */
const SKIPPED = new Set([
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'select',
	'button',
	'iframe',
	'svg',
	'object'
]);
/** Elements that end a line of text. */
const BREAKS =
	/^(p|div|br|h[1-6]|li|ul|ol|dl|dt|dd|section|article|center|blockquote|pre|hr|form)$/;
const TOKEN =
	/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

interface OpenTable {
	rows: { text: string; rowSpan: number; colSpan: number }[][];
	cell: { text: string; rowSpan: number; colSpan: number } | null;
	at: number;
}

function span(attributes: string, name: string): number {
	const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
	return m ? Math.min(Number(m[1]), 1000) : 1;
}

/** Reads a page's tables and the lines of text around them, in document order. */
export function readHtml(html: string): Block[] {
	const blocks: (Block | null)[] = [];
	const tables: OpenTable[] = [];
	let line = '';
	let skipping: string | null = null;
	let depth = 0;
	const flushLine = () => {
		if (line.trim()) blocks.push({ kind: 'line', text: line.replace(/\s+/g, '\n') });
		line = '';
	};
	const write = (text: string) => {
		const table = tables.at(-1);
		if (!table) line += text;
		else if (table.cell) table.cell.text += text;
	};
	for (const m of html.matchAll(TOKEN)) {
		const [token, closing, rawName, attributes = ''] = m;
		const name = rawName?.toLowerCase();
		if (skipping) {
			if (name === skipping) depth += closing ? -1 : token.endsWith('/>') ? 0 : 1;
			if (depth === 0) skipping = null;
			continue;
		}
		if (!name) {
			if (!token.startsWith('<')) write(decodeEntities(token).replace(/\s+/g, '\n'));
			continue;
		}
		if (SKIPPED.has(name) && !closing && !token.endsWith('/>')) {
			skipping = name;
			depth = 1;
		} else if (name === 'table') {
			if (!closing) {
				if (!tables.length) flushLine();
				tables.push({ rows: [], cell: null, at: blocks.length });
				blocks.push(null);
			} else {
				const table = tables.pop();
				if (table) blocks[table.at] = { kind: 'table', cells: placeCells(table.rows) };
			}
		} else if (name === 'tr' && !closing) {
			tables.at(-1)?.rows.push([]);
		} else if ((name === 'td' || name === 'th') && !closing) {
			const table = tables.at(-1);
			if (!table) continue;
			if (!table.rows.length) table.rows.push([]);
			table.cell = {
				text: '',
				rowSpan: span(attributes, 'rowspan'),
				colSpan: span(attributes, 'colspan')
			};
			table.rows.at(-1)?.push(table.cell);
		} else if (BREAKS.test(name)) {
			if (tables.length) write('\n');
			else flushLine();
		}
	}
	flushLine();
	return blocks.filter((b): b is Block => b !== null);
}
