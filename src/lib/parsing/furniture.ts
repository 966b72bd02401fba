/** Page furniture: lines that belong to the page or the website, not to the form. */

const FURNITURE: readonly RegExp[] = [
	/^#\s*source:/i,
	/^[-—–\s]*\d{1,3}[-—–\s]*$/,
	/^第\s*\d+\s*页(\s*[,，]?\s*共\s*\d+\s*页)?$/,
	/^[^\s|]{1,80}\.(pdf|docx?|xlsx?|wps|et)$/i,
	/^(发布日期|发布机构|索引号|主题\s*词|公开目录|文号)[:：\s]/,
	/^(首页|当前位置)\s*[>›»]/,
	// a running header: the form's title again at the top of a page, marked as the table continued
	// (its year printed `(2023 年度)` as some forms do)
	/^\S{0,80}(?: 年度?\)\S{0,8})?\(续表\)$/
];

const FURNITURE_START = /^[#\-—–\d第发索主公文首当]/;

/** True when a line is page furniture (page numbers, file names, site banners). */
export function isFurniture(line: string): boolean {
	const text = line.trim();
	if (!text) return false;
	// a page number needs dashes around it, so that a lone value such as `10` stays
	if (/^\d{1,3}$/.test(text)) return false;
	// every pattern starts with one of these characters, or (a file name) carries a dot and ends
	// in a letter
	if (!FURNITURE_START.test(text) && !isFileName(text) && !text.endsWith('续表)')) return false;
	return FURNITURE.some((p) => p.test(text));
}

/** Whether the text may be a file name: a dot, and a letter last (`….pdf`, `….DOCX`). */
function isFileName(text: string): boolean {
	const last = text.charCodeAt(text.length - 1) | 0x20;
	return last >= 0x61 && last <= 0x7a && text.includes('.');
}

/** Removes inline furniture from a line: `— 1 —` page marks printed between cells. */
export function stripInlineFurniture(line: string): string {
	return line.replace(/(^|\s)[-—–]\s?\d{1,3}\s?[-—–](?=\s|$)/g, '$1');
}
