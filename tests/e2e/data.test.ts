import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { serveBuild } from '../../scripts/serve.ts';
import {
	BUILD_DIR,
	launchBrowser,
	openWatchedPage,
	screenshot,
	type WatchedPage
} from './browser.ts';
import { builtDatabase } from './site-data.ts';
import { warningCountsQuery, type WarningCountRow } from '../../src/lib/queries/data-quality.ts';
import { warningLabel } from '../../src/lib/model/warning-labels.ts';
import { NO_FILTERS } from '../../src/lib/state/filters.ts';
import type { Database } from '../../src/lib/db/database.ts';
import type { Manifest } from '../../src/lib/dataset/manifest.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveBuild>>;
let db: Database;
let w: WatchedPage;
let counts: WarningCountRow[];
const manifest: Manifest = JSON.parse(readFileSync(`${BUILD_DIR}/data/manifest.json`, 'utf8'));

beforeAll(async () => {
	server = await serveBuild(BUILD_DIR, 0);
	browser = await launchBrowser();
	db = await builtDatabase();
	counts = await db.query<WarningCountRow>(warningCountsQuery(NO_FILTERS));
	w = await openWatchedPage(browser, server.url);
	await w.page.goto(`${server.url}data/`);
	await w.page.getByText('数据版本').first().waitFor({ timeout: 30_000 });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await db?.close();
});

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
			const card = w.page.locator(`[data-kpi="${warningLabel(c.code)}"] .figure`);
			await expect.poll(() => card.innerText()).toBe(String(c.forms));
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
