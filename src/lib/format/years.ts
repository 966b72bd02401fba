/** Years for zh-CN headings. */

/**
 * The span of years a page covers: "2023年度" for one year, "2021–2023年度" for several,
 * '' when there is no year (no data).
 */
export function formatYearSpan(
	first: number | null | undefined,
	last: number | null | undefined
): string {
	if (!first) return '';
	return first === last ? `${first}年度` : `${first}–${last}年度`;
}
