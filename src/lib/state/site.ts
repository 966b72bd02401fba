/** The site's dataset, opened once from `data/` beside the pages (see db/site.ts). */
import { resolve } from '$app/paths';
import { openSiteData, type SiteData } from '../db/site.ts';
import { CREATE_FACTS } from '../queries/facts.ts';

export function siteData(): Promise<SiteData> {
	return openSiteData(resolve('/').replace(/\/$/, ''), CREATE_FACTS);
}
