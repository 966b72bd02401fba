/**
 * What a page showed frame by frame from its first: each KPI card's figure in order (null while
 * the card was there but its figure hidden: the skeleton), repeats collapsed, and whether a chart
 * drawn at build time was ever visible. For the first paint's tests (prerender, uploads).
 */
import type { Page } from 'playwright-core';

export interface Frames {
	/** by the card's data-kpi */
	kpis: Record<string, (string | null)[]>;
	prerenderedChart: boolean;
}

/** Starts recording on every document `page` loads from now on: call before its `goto`. */
export async function recordFrames(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const frames = { kpis: {}, prerenderedChart: false } as Frames;
		Object.assign(window, { recordedFrames: frames });
		const look = () => {
			for (const card of document.querySelectorAll<HTMLElement>('[data-kpi]')) {
				const figure = card.querySelector<HTMLElement>('.figure');
				const shown = figure?.checkVisibility({ visibilityProperty: true })
					? figure.innerText
					: null;
				const seen = (frames.kpis[card.dataset.kpi!] ??= []);
				if (seen.length === 0 || seen.at(-1) !== shown) seen.push(shown);
			}
			for (const svg of document.querySelectorAll('.chart-prerendered svg'))
				if (svg.checkVisibility({ visibilityProperty: true })) frames.prerenderedChart = true;
			requestAnimationFrame(look);
		};
		requestAnimationFrame(look);
	});
}

/** What the page's current document recorded so far. */
export const framesSeen = (page: Page): Promise<Frames> =>
	page.evaluate(() => (window as unknown as { recordedFrames: Frames }).recordedFrames);
