// npm links the bins of dependencies, not the project's own: link `budgetlens` into
// node_modules/.bin so npm scripts and `npx budgetlens` find it right after `npm ci`.
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';

mkdirSync('node_modules/.bin', { recursive: true });
rmSync('node_modules/.bin/budgetlens', { force: true });
symlinkSync('../../bin/budgetlens.mjs', 'node_modules/.bin/budgetlens');
