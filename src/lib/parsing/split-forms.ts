/** Splitting a file's lines into forms: each starts at its title line, or at 项目名称. */

const TITLE = /自评表/;
const NOT_TITLE = /基础数据表|\.(pdf|docx?|xlsx?)$/i;
const PROJECT = /^\s*\|?\s*项目名称/;

/** One form's lines [start, end) in the file. */
export interface FormSpan {
	start: number;
	end: number;
}

/** True for a title line (…绩效自评表). */
export function isTitleLine(line: string): boolean {
	// 自评表 may be printed with spaces between its characters
	if (!line.includes('表')) return false;
	const text = line.replace(/\s+/g, '');
	return TITLE.test(text) && !NOT_TITLE.test(text);
}

const BODY = /项目名称|单位名称|资金|一级指标/;

/** Whether the form titled on lines[title] has body text before lines[to] (on its title line too). */
function hasBody(lines: readonly string[], title: number, to: number): boolean {
	// a form flattened to one line carries its body after the title, on the title's own line
	const own = lines[title] ?? '';
	if (BODY.test(own.slice(own.lastIndexOf('表') + 1))) return true;
	for (let i = title + 1; i < to; i++) if (BODY.test(lines[i] ?? '')) return true;
	return false;
}

/**
 * Finds the forms: a title line starts one, unless the previous title had no form body yet (a
 * page banner repeating the title). Without any title, each 项目名称 line starts one.
 */
export function splitForms(lines: readonly string[]): FormSpan[] {
	let starts: number[] = [];
	lines.forEach((line, i) => {
		if (!isTitleLine(line)) return;
		const prev = starts[starts.length - 1];
		if (prev !== undefined && !hasBody(lines, prev, i)) starts[starts.length - 1] = i;
		else starts.push(i);
	});
	if (!starts.length) {
		starts = [];
		lines.forEach((line, i) => PROJECT.test(line) && starts.push(i));
	}
	return starts.map((start, k) => ({ start, end: starts[k + 1] ?? lines.length }));
}
