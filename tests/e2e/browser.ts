/**
 * Headless Debian Chromium driven by playwright-core, with every request that leaves the
 * local server aborted and recorded: the site must work with no internet.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';

/** The built site under test; BUILD_DIR lets a run use its own copy while others rebuild build/. */
export const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}: run  apt-get install -y chromium fonts-noto-cjk`
		);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

export interface WatchedPage {
	page: Page;
	/** requests to anywhere but the local server, all aborted */
	outside: string[];
	/** console errors and uncaught page errors */
	errors: string[];
}

/** Opens a page that may only talk to `origin`; records what else it tried and its errors. */
export async function openWatchedPage(
	browser: Browser,
	origin: string,
	viewport = { width: 1366, height: 900 }
): Promise<WatchedPage> {
	const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
	const outside: string[] = [];
	const errors: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) {
			return route.continue();
		}
		outside.push(url);
		return route.abort();
	});
	// Actions wait longer than Playwright's 30 s: DuckDB-WASM starts slowly on a busy machine.
	context.setDefaultTimeout(90_000);
	const page = await context.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { page, outside, errors };
}

export const SCREENSHOTS = 'screenshots';

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
