/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read Chinese as GBK),
 * CRLF line ends and RFC 4180 quoting; numbers written exactly, text neutralised against
 * formula injection. The header row is first, so the file also reads as plain data.
 */
import { exportCell, neutraliseText, type ExportTable } from './cells.ts';

export const BOM = '\uFEFF';

/** One field quoted per RFC 4180: in double quotes when it holds `"`, `,`, CR or LF. */
export function quoteField(field: string): string {
	return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function line(fields: string[]): string {
	return fields.map(quoteField).join(',');
}

/** The table as CSV text (no BOM): header, rows, then the 合计 row if there is one. */
export function toCsv(table: ExportTable): string {
	const cell = (
		value: Parameters<typeof exportCell>[0],
		kind: Parameters<typeof exportCell>[1]
	) => {
		const c = exportCell(value, kind);
		return c.type === 'empty' ? '' : c.type === 'text' ? neutraliseText(c.value) : c.text;
	};
	const lines = [line(table.columns.map((c) => neutraliseText(c.label)))];
	for (const row of table.rows)
		lines.push(line(table.columns.map((c) => cell(row[c.key], c.kind))));
	if (table.total) {
		const total = table.total;
		lines.push(
			line(
				table.columns.map((c, i) =>
					i === 0 ? (table.totalLabel ?? '合计') : cell(total[c.key], c.kind)
				)
			)
		);
	}
	return lines.join('\r\n') + '\r\n';
}

/** The CSV file's bytes: the UTF-8 BOM (EF BB BF) and the text. */
export function csvBytes(table: ExportTable): Uint8Array {
	return new TextEncoder().encode(BOM + toCsv(table));
}
