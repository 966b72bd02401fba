import ExcelJS from 'exceljs';
import { generateCorpus } from './src/lib/generate/index.ts';
import { renderXlsx } from './src/lib/generate/render-xlsx.ts';
import { readXlsx } from './src/lib/ingest/xlsx.ts';
import { blocksToRows } from './src/lib/ingest/blocks.ts';
import { parseRows, rowsToText } from './src/lib/parsing/index.ts';
import { compareRecords } from './tests/generate/compare-records.ts';
const recs = generateCorpus({ seed: 7, departments: 20, years: [2022], projectsPerDepartment: [2, 4], layouts: ['web'] }).slice(0, 60);
for (const per of [true, false]) {
const bytes = await renderXlsx(ExcelJS, recs, per);
let t = Date.now();
const rows = blocksToRows(await readXlsx(bytes));
console.log('read ms', Date.now() - t, bytes.length);
if (process.argv[2]) console.log(rowsToText(rows).split('\n').slice(0, 30).join('\n'));
const res = parseRows(rows, 'x.xlsx');
console.log(recs.length, res.records.length, res.errors);
let bad = 0;
recs.forEach((r, i) => { const m = compareRecords(r, res.records[i]); if (m.length) { bad++; if (bad < 4) console.log(i, JSON.stringify(m).slice(0, 600)); } });
console.log('bad', bad);
}
