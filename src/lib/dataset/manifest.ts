/** The manifest beside the dataset: its version, counts and every source file. Pure. */
import type { SupersededForm } from './conflicts.ts';
import type { Origin, TableRows } from './rows.ts';

export interface SourceFile {
	/**
	 * the path relative to the input given on the command line, starting with that input's own
	 * name (`forms/2021/a.txt` for the folder `data/forms`), with forward slashes
	 */
	file: string;
	/** null when the file could not be read or was skipped */
	sha256: string | null;
	/** forms in the tables from this file (superseded forms are not) */
	forms: number;
	origin: Origin;
	/** problems reading the file (a file read with no form has at least one) */
	errors: string[];
	/** other paths holding the same bytes (same SHA-256): read once, counted once */
	copies?: string[];
	/** why the file was not read (a format the build does not read) */
	skipped?: string;
	/** forms left out because another file holds the same department, project and year */
	superseded?: number;
}

export interface Manifest {
	/** a hash of the inputs: the same files give the same version */
	version: string;
	built_at: string;
	counts: {
		forms: number;
		indicators: number;
		warnings: number;
		departments: number;
		years: number[];
		/** `uploaded` only in the browser, counting the forms kept from the 导入 page */
		by_origin: { real: number; demo: number; uploaded?: number };
	};
	sources: SourceFile[];
	/** forms left out of the tables as duplicates of a kept form (conflicts.ts) */
	superseded: SupersededForm[];
	tables: Record<string, { file: string; rows: number; bytes: number }>;
}

/** Counts what the tables hold; `version` comes from the caller's hash of the sources. */
export function buildManifest(
	rows: TableRows,
	sources: SourceFile[],
	version: string,
	builtAt: Date,
	tables: Manifest['tables'],
	superseded: SupersededForm[] = []
): Manifest {
	const departments = new Set<string>();
	const years = new Set<number>();
	const byOrigin: Manifest['counts']['by_origin'] = { real: 0, demo: 0 };
	for (const f of rows.forms) {
		if (typeof f.department === 'string') departments.add(f.department);
		if (typeof f.year === 'number') years.add(f.year);
		if (f.origin === 'real' || f.origin === 'demo') byOrigin[f.origin]++;
	}
	return {
		version,
		built_at: builtAt.toISOString(),
		counts: {
			forms: rows.forms.length,
			indicators: rows.indicators.length,
			warnings: rows.warnings.length,
			departments: departments.size,
			years: [...years].sort((a, b) => a - b),
			by_origin: byOrigin
		},
		sources,
		superseded,
		tables
	};
}
