import { writeFileSync, readFileSync } from 'node:fs';
import { generateCorpus } from './src/lib/generate/index.ts';
import { renderHtmlPage } from './src/lib/generate/render-html.ts';
import { parseFile } from './src/lib/parsing/index.ts';
const recs = generateCorpus({ seed: 7, departments: 20, years: [2022], projectsPerDepartment: [2, 4], layouts: ['web'] }).slice(0, 30);
writeFileSync('/tmp/i14/forms30.html', renderHtmlPage(recs, { pageBreaks: false }));
const seed = parseFile(readFileSync('data/forms/shanghai-2021-hrss.txt'), 'seed').records;
writeFileSync('/tmp/i14/seed.html', renderHtmlPage(seed));
