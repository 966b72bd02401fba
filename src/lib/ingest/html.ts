/**
 * Saved web pages (.html/.htm) → blocks: every `<table>` as a grid (rowspan/colspan kept), the
 * text between tables as lines (the form's title is often a heading above its table); scripts,
 * styles, navigation, page headers and footers dropped. A table nested in a cell is that cell's
 * text when it is smaller than the table around it (a sub-table of a cell), a table of its own
 * when not (the form inside a page's layout table). No DOM: runs in Node and in a worker.
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

const cellCount = (table: OpenTable) => table.rows.reduce((n, row) => n + row.length, 0);

/**
 * The tables nested in `table`'s cells (marked `\uE000n\uE000` in their text): one smaller than
 * `table` is a sub-table of its cell and becomes the cell's text, its cells one per line; one as
 * large or larger is the page's content inside a layout table, and a table block of its own.
 */
function resolveNested(table: OpenTable, nested: OpenTable[], blocks: (Block | null)[]) {
	const size = cellCount(table);
	for (const cell of table.rows.flat())
		cell.text = cell.text.replace(/\uE000(\d+)\uE000/g, (_, n: string) => {
			const inner = nested[Number(n)];
			if (!inner) return '';
			if (cellCount(inner) >= size) {
				blocks[inner.at] = { kind: 'table', cells: placeCells(inner.rows) };
				return '';
			}
			const text = inner.rows
				.flat()
				.map((c) => c.text.trim())
				.filter(Boolean)
				.join('\n');
			return `\n${text}\n`;
		});
}

function span(attributes: string, name: string): number {
	const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
	return m ? Math.min(Number(m[1]), 1000) : 1;
}

/** Reads a page's tables and the lines of text around them, in document order. */
export function readHtml(html: string): Block[] {
	const blocks: (Block | null)[] = [];
	const tables: OpenTable[] = [];
	/** closed tables nested in a cell, waiting for the table around them to close */
	const nested: OpenTable[] = [];
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
				if (!table) continue;
				resolveNested(table, nested, blocks);
				const around = tables.at(-1)?.cell;
				if (around) {
					// decided when the table around it closes and its size is known
					around.text += `\uE000${nested.length}\uE000`;
					nested.push(table);
				} else blocks[table.at] = { kind: 'table', cells: placeCells(table.rows) };
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
