/**
 * Forms as a saved government web page: the official layout (official-grid.ts) as `<table>`s
 * with rowspan/colspan, one per form, between the page furniture real pages carry (navigation,
 * breadcrumbs, a footer, a script). Printed on A4, each form starts a new page.
 */
import type { FormRecord } from '../model/form.ts';
import { officialFormGrid, type FormGrid } from './official-grid.ts';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One form's `<table>`. */
export function renderHtmlTable(record: FormRecord, grid: FormGrid = officialFormGrid): string {
	const rows: string[][] = [];
	const { cells, columns } = grid(record);
	for (const cell of cells) {
		const span =
			(cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
			(cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
		const tag = cell.row < 2 && cell.colSpan === columns ? 'th' : 'td';
		(rows[cell.row] ??= []).push(`<${tag}${span}>${escape(cell.text)}</${tag}>`);
	}
	const cols = `<colgroup>${'<col>'.repeat(columns)}</colgroup>`;
	return `<table class="zpb">${cols}\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</table>`;
}

const STYLE = `@page { size: A4; margin: 12mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }
table.zpb { border-collapse: collapse; width: 100%; table-layout: fixed; }
table.zpb td, table.zpb th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; }
table.zpb th { border: none; font-size: 14pt; }
.form { break-after: page; }
.form:last-child { break-after: auto; }
nav, footer { color: #666; }`;

/**
 * A whole page of forms. `charset` is what the meta tag declares (the caller encodes the bytes
 * to match); `pageBreaks: false` lets a long file's tables run on across pages; `grid` is the
 * layout (the official one, or a template's: templates/index.ts `templateGrid`).
 */
export function renderHtmlPage(
	records: FormRecord[],
	options: { charset?: 'utf-8' | 'gbk'; pageBreaks?: boolean; grid?: FormGrid } = {}
): string {
	const { charset = 'utf-8', pageBreaks = true, grid = officialFormGrid } = options;
	const style = pageBreaks ? STYLE : STYLE.replace('break-after: page', 'margin-bottom: 12pt');
	const title = records[0]?.department ?? '';
	return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>${escape(title)} 项目支出绩效自评表</title><style>${style}</style>
<script>var _hmt = _hmt || []; document.title += '';</script></head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; 财政预决算</nav>
${records.map((r) => `<div class="form">\n${renderHtmlTable(r, grid)}\n</div>`).join('\n')}
<footer>主办单位：${escape(title)}\u3000网站标识码 3100000000\u3000沪ICP备00000000号</footer>
</body></html>
`;
}
