/**
 * A form drawn as a grid of merged cells, as the file renderers (render-html, render-xlsx,
 * render-docx) take it. Its own module, importing no reader: the generator stays apart from the
 * parser (the build's step hashing follows imports, types too).
 */
import type { FormRecord } from '../model/form.ts';

/** A cell of a layout: its grid slot, spans and text; `value` where a workbook stores a number. */
export interface LayoutCell {
	row: number;
	col: number;
	rowSpan: number;
	colSpan: number;
	/** the cell's text; `\n` where it breaks a line */
	text: string;
	value?: { number: string; format: 'amount' | 'percent' | 'plain' };
}

/** A form's layout as the file renderers draw it: its cells and how many columns wide. */
export type FormGrid = (record: FormRecord) => { cells: LayoutCell[]; columns: number };
