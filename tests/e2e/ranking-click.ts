/** Clicks the first (top, longest) bar of a ranking chart drawn by charts/ranking-bars.ts. */
import type { Page } from 'playwright-core';

const GRID_TOP = 36;
const GRID_BOTTOM = 8;

export async function clickFirstBar(page: Page, label: string, bars: number): Promise<void> {
	const chart = page.locator(`[aria-label="${label}"]`);
	await chart.locator('canvas').first().waitFor();
	await chart.scrollIntoViewIfNeeded();
	// a chart below the fold is drawn once in view (components/EChart.svelte)
	await page.locator(`[aria-label="${label}"][data-rendered="true"]`).waitFor();
	const box = (await chart.boundingBox())!;
	const band = (box.height - GRID_TOP - GRID_BOTTOM) / bars;
	// the first bar is the largest: it covers most of the value axis right of the names
	await page.mouse.click(box.x + box.width * 0.55, box.y + GRID_TOP + band / 2);
}

/** True when the page is no wider than its viewport (nothing sticks out on a phone). */
export function fitsViewport(page: Page): Promise<boolean> {
	return page.evaluate(
		() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
	);
}
