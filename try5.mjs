import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
const data = new Uint8Array(readFileSync(process.argv[2]));
const t = Date.now();
const doc = await pdfjs.getDocument({ data, cMapUrl: 'node_modules/pdfjs-dist/cmaps/', cMapPacked: true, standardFontDataUrl: 'node_modules/pdfjs-dist/standard_fonts/', useSystemFonts: false, isEvalSupported: false }).promise;
console.log('pages', doc.numPages, Date.now() - t);
const page = await doc.getPage(1);
const tc = await page.getTextContent();
console.log('items', tc.items.length, Date.now() - t);
for (const it of tc.items.slice(0, 15)) console.log(JSON.stringify(it));
const ops = await page.getOperatorList();
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
const counts = {};
for (const f of ops.fnArray) counts[names[f]] = (counts[names[f]] ?? 0) + 1;
console.log(counts, Date.now() - t);
let n = 0;
for (let i = 0; i < ops.fnArray.length && n < 12; i++) {
  const nm = names[ops.fnArray[i]];
  if (['constructPath', 'transform', 'save', 'restore', 'fill', 'stroke', 'setLineWidth', 'eoFill'].includes(nm)) { n++; console.log(nm, JSON.stringify(ops.argsArray[i]).slice(0, 300)); }
}
console.log(page.view);
