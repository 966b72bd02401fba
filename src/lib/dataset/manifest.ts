/** The manifest beside the dataset: its version, counts and every source file. Pure. */
import type { Origin, TableRows } from './rows.ts';

export interface SourceFile {
	/** path relative to the project root, with forward slashes */
	file: string;
	sha256: string;
	forms: number;
	origin: Origin;
	/** problems reading the file (a file with no form has at least one) */
	errors: string[];
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
		by_origin: Record<Origin, number>;
	};
	sources: SourceFile[];
	tables: Record<string, { file: string; rows: number; bytes: number }>;
}

/** Counts what the tables hold; `version` comes from the caller's hash of the sources. */
export function buildManifest(
	rows: TableRows,
	sources: SourceFile[],
	version: string,
	builtAt: Date,
	tables: Manifest['tables']
): Manifest {
	const departments = new Set<string>();
	const years = new Set<number>();
	const byOrigin: Record<Origin, number> = { real: 0, demo: 0 };
	for (const f of rows.forms) {
		if (typeof f.department === 'string') departments.add(f.department);
		if (typeof f.year === 'number') years.add(f.year);
		byOrigin[f.origin as Origin]++;
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
		tables
	};
}
