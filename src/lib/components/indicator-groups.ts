/**
 * Row spans for a printed indicator table: consecutive rows with the same 一级 (and, within it,
 * the same 二级) label are merged, as the form prints them.
 */
export interface Spanned<T> {
	row: T;
	/** rows the 一级 cell covers, 0 when an earlier row's cell covers this one */
	level1Span: number;
	level2Span: number;
}

export function spanIndicators<T extends { level1: string | null; level2: string | null }>(
	rows: readonly T[]
): Spanned<T>[] {
	const out = rows.map((row) => ({ row, level1Span: 0, level2Span: 0 }));
	let start1 = 0;
	let start2 = 0;
	rows.forEach((row, i) => {
		const prev = rows[i - 1];
		const new1 = !prev || prev.level1 !== row.level1;
		if (new1) start1 = i;
		if (new1 || prev?.level2 !== row.level2) start2 = i;
		out[start1]!.level1Span += 1;
		out[start2]!.level2Span += 1;
	});
	return out;
}
