import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUILD_DIR, screenshot, type WatchedPage } from './browser.ts';
import { kpiText, startSite, type Site } from './site.ts';
import { warningCountsQuery, type WarningCountRow } from '../../src/lib/queries/data-quality.ts';
import { warningLabel } from '../../src/lib/model/warning-labels.ts';
import { NO_FILTERS } from '../../src/lib/model/filters.ts';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';

let site: Site;
let w: WatchedPage;
let counts: WarningCountRow[];
const manifest: Manifest = JSON.parse(readFileSync(`${BUILD_DIR}/data/manifest.json`, 'utf8'));

beforeAll(async () => {
	site = await startSite();
	counts = await site.db.query<WarningCountRow>(warningCountsQuery(NO_FILTERS));
	w = await site.open('data/');
	await w.page.getByText('数据版本').first().waitFor({ timeout: 90_000 });
});

afterAll(() => site?.close());

describe('the 数据 page', () => {
	it('names the dataset version', async () => {
		expect(await w.page.locator('.lead').innerText()).toContain(manifest.version);
	});

	it('lists every source file', async () => {
		const caption = w.page.getByText('源文件（每个文件或读出表单，或列出读取问题）');
		await caption.waitFor();
		expect(
			await w.page
				.getByText(/第 1 \/ \d+ 页，共 (\d+) 行/)
				.last()
				.innerText()
		).toContain(`共 ${manifest.sources.length} 行`);
	});

	it('counts the forms carrying each kind of warning as SQL does', async () => {
		for (const c of counts) {
			await expect.poll(() => kpiText(w, warningLabel(c.code))).toBe(String(c.forms));
		}
	});

	it('narrows the list to one kind of warning when its card is chosen, in the URL', async () => {
		const first = counts[0]!;
		await w.page.locator(`[data-kpi="${warningLabel(first.code)}"]`).click();
		await w.page.waitForURL(new RegExp(`code=${first.code}`));
		await expect
			.poll(() => w.page.locator('caption').first().innerText())
			.toContain(`${warningLabel(first.code)}（${first.warnings} 条）`);
		await screenshot(w.page, 'data');
	});

	it('asks nothing of the internet and logs no errors', () => {
		expect(w.outside).toEqual([]);
		expect(w.errors).toEqual([]);
	});
});
