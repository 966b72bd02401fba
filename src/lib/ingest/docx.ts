/**
 * Word .docx → blocks: the document's XML read through jszip; paragraphs outside tables as lines,
 * each `<w:tbl>` as a grid (`w:gridSpan` across, `w:vMerge` down). Deleted text and field codes
 * are left out; a table nested in a cell gives its text to that cell.
 */
import type { Block, GridCell } from './blocks.ts';
import { decodeEntities } from './html-entities.ts';

interface DocCell {
	col: number;
	colSpan: number;
	merge: 'restart' | 'continue' | null;
	text: string;
}

const TOKEN = /<(\/?)([\w:]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

function attribute(attributes: string, name: string): string | null {
	return new RegExp(`${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;
}

/** A table's rows → grid cells: a restarted vertical merge spans the continuing cells below. */
function toGrid(rows: DocCell[][]): GridCell[] {
	const cells: GridCell[] = [];
	rows.forEach((row, r) => {
		for (const cell of row) {
			if (cell.merge === 'continue') continue;
			let rowSpan = 1;
			if (cell.merge === 'restart')
				while (rows[r + rowSpan]?.some((c) => c.col === cell.col && c.merge === 'continue'))
					rowSpan++;
			cells.push({ row: r, col: cell.col, rowSpan, colSpan: cell.colSpan, text: cell.text });
		}
	});
	return cells;
}

/** Reads the body of `word/document.xml`. */
export function readDocumentXml(xml: string): Block[] {
	const blocks: Block[] = [];
	let tables: { rows: DocCell[][]; cell: DocCell | null; col: number }[] = [];
	let paragraph = '';
	let skip = 0;
	let inText = false;
	const write = (text: string) => {
		const cell = tables[0]?.cell;
		if (cell) cell.text += text;
		else if (!tables.length) paragraph += text;
	};
	for (const m of xml.matchAll(TOKEN)) {
		const [, closing, name, attributes = '', selfClosing, text] = m;
		if (text !== undefined) {
			if (inText && !skip) write(decodeEntities(text));
			continue;
		}
		const open = !closing;
		const empty = Boolean(selfClosing);
		if (name === 'w:delText' || name === 'w:instrText') skip += open && !empty ? 1 : empty ? 0 : -1;
		else if (name === 'w:t') inText = open && !empty;
		else if ((name === 'w:tab' || name === 'w:br' || name === 'w:cr') && open)
			write(name === 'w:tab' ? ' ' : '\n');
		else if (name === 'w:p' && !open) {
			if (tables.length) write('\n');
			else if (paragraph.trim()) blocks.push({ kind: 'line', text: paragraph });
			if (!tables.length) paragraph = '';
		} else if (name === 'w:tbl') {
			if (open) {
				// a nested table's text stays in the outer cell: only the outermost table is a grid
				if (!tables.length) tables = [{ rows: [], cell: null, col: 0 }];
				else tables.push({ rows: [], cell: null, col: 0 });
			} else if (tables.length > 1) tables.pop();
			else {
				blocks.push({ kind: 'table', cells: toGrid(tables[0]?.rows ?? []) });
				tables = [];
			}
		} else if (tables.length === 1) {
			const table = tables[0]!;
			if (name === 'w:tr' && open) {
				table.rows.push([]);
				table.col = 0;
			} else if (name === 'w:tc' && open) {
				table.cell = { col: table.col, colSpan: 1, merge: null, text: '' };
				table.rows.at(-1)?.push(table.cell);
			} else if (name === 'w:tc') {
				if (table.cell) table.col += table.cell.colSpan;
				table.cell = null;
			} else if (name === 'w:gridSpan' && table.cell)
				table.cell.colSpan = Math.max(1, Number(attribute(attributes, 'w:val') ?? 1));
			else if (name === 'w:vMerge' && table.cell)
				table.cell.merge = attribute(attributes, 'w:val') === 'restart' ? 'restart' : 'continue';
			else if (name === 'w:gridBefore' && open)
				table.col += Number(attribute(attributes, 'w:val') ?? 0);
		}
	}
	return blocks;
}

/** Reads a .docx file; throws on a file that is not a readable Word document. */
export async function readDocx(bytes: Uint8Array): Promise<Block[]> {
	const { default: JSZip } = await import('jszip');
	const zip = await JSZip.loadAsync(bytes);
	const document = zip.file('word/document.xml');
	if (!document) throw new Error('no word/document.xml inside: not a Word document');
	return readDocumentXml(await document.async('string'));
}
