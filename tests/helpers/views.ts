/** A Nav that records where a view's clicks lead, for tests of views. */
import { NO_FILTERS, type Filters } from '../../src/lib/model/filters.ts';
import { writeFilters } from '../../src/lib/state/filters.ts';
import { NO_NAV, type Nav, type Route } from '../../src/lib/views/page.ts';

export interface RecordingNav extends Nav {
	opened: { route: Route; params: Record<string, string | null> }[];
	applied: { filters: Filters; params: Record<string, string | null> }[];
}

/** Links as the site writes them (root '/'), keeping `filters`, as state/navigation does. */
export function recordingNav(filters: Filters = NO_FILTERS): RecordingNav {
	const opened: RecordingNav['opened'] = [];
	const applied: RecordingNav['applied'] = [];
	return {
		...NO_NAV,
		href: (route, params = {}) => {
			const search = writeFilters(filters);
			for (const [k, v] of Object.entries(params)) if (v !== null) search.set(k, v);
			const text = search.toString();
			return route + (text ? `?${text}` : '');
		},
		opened,
		applied,
		open: (route, params = {}) => void opened.push({ route, params }),
		apply: (filters, params = {}) => void applied.push({ filters, params })
	};
}
