// Puts pdfjs-dist's character maps and standard fonts into static/pdfjs/ so the 导入 page's
// worker reads PDFs with CJK fonts from the site itself (no CDN). Runs before each build.
import { cpSync, mkdirSync } from 'node:fs';

const dist = 'node_modules/pdfjs-dist';
mkdirSync('static/pdfjs', { recursive: true });
cpSync(`${dist}/cmaps`, 'static/pdfjs/cmaps', { recursive: true });
cpSync(`${dist}/standard_fonts`, 'static/pdfjs/standard_fonts', { recursive: true });
