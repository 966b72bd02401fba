import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveBuild } from '../../scripts/serve.ts';
import { launchBrowser, openWatchedPage, screenshot, type WatchedPage } from './browser.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let home: WatchedPage;

const kpi = (label: string) => home.page.locator(`[data-kpi="${label}"] .figure`).innerText();

beforeAll(async () => {
	server = await serveBuild('build', 0);
	browser = await launchBrowser();
	home = await openWatchedPage(browser, server.url);
	// Only the real forms: the seed's two projects.
	await home.page.goto(`${server.url}?origin=real`);
	await home.page.locator('[data-kpi="项目数"]').waitFor({ timeout: 30_000 });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the home page on the seed forms', () => {
	it('counts 2 projects', async () => {
		expect(await kpi('项目数')).toBe('2');
	});

	it('shows the adjusted budget 2,684.50 万元', async () => {
		expect(await kpi('调整后预算')).toBe('2,684.50');
	});

	it('shows the executed amount 964.07 万元', async () => {
		expect(await kpi('执行数')).toBe('964.07');
	});

	it('shows the execution rate 35.91 %', async () => {
		expect(await kpi('预算执行率')).toBe('35.91%');
	});

	it('averages the total scores exactly to 92.96', async () => {
		expect(await kpi('平均总分')).toBe('92.96');
	});

	it('renders the execution-rate chart on a canvas', async () => {
		const chart = home.page.locator('[aria-label="各项目预算执行率"]');
		await chart.locator('canvas').waitFor();
		await expect.poll(() => chart.getAttribute('data-rendered')).toBe('true');
		await screenshot(home.page, 'home');
	});

	it('asks nothing of the internet', () => {
		expect(home.outside).toEqual([]);
	});

	it('logs no console errors', () => {
		expect(home.errors).toEqual([]);
	});
});
