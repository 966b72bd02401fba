/**
 * Project keys for uploaded forms as the builder gives them (dataset/project-keys.ts): an
 * uploaded 2024 form of a built project joins that project's series, exactly as a built form of
 * another year does. The matcher runs over the uploads and the built forms they can meet: those
 * of the same kind and department (a series never leaves one) or sharing a printed code (a
 * group is joined by code), then those the new ones can meet, until none join. Over such a
 * closed set the matcher gives the built forms the builder's own keys, unless an upload joins,
 * splits or bridges their series: then the built forms are keyed anew too.
 */
import type { Database } from './database.ts';
import {
	matchProjects,
	type FormKey,
	type KeyInput,
	type ProjectLink
} from '../dataset/project-keys.ts';
import { FIRST_UPLOADED_ID } from './upload-ids.ts';
import { pacer, yieldToPage } from './upload-tables.ts';

export interface Series {
	/** the key of every form matched: the uploads and the built forms they met */
	keys: Map<number, FormKey>;
	/** every link considered among them (as project_matches holds them) */
	links: ProjectLink[];
	/** the built forms matched again with the uploads (their keys and links are replaced) */
	built: number[];
}

/** Separates the values of a list bound as one string (no name or code holds it). */
const SEP = '\u001f';
const scopeOf = (f: Pick<KeyInput, 'kind' | 'department'>) => `${f.kind}|${f.department ?? ''}`;
const codeOf = (f: Pick<KeyInput, 'kind' | 'code'>) =>
	f.code?.trim() ? `${f.kind}|${f.code.trim()}` : null;

/** The built forms (less those in `excluded`, a table of form ids) in these scopes or codes. */
const builtQuery = (excluded: string, scopes: Set<string>, codes: Set<string>) => ({
	sql: `SELECT form_id, kind, year, department, project, code,
			CAST(initial AS VARCHAR) AS initial, CAST(adjusted AS VARCHAR) AS adjusted
		FROM forms
		WHERE form_id < ${FIRST_UPLOADED_ID} AND form_id NOT IN (SELECT form_id FROM ${excluded})
			AND (list_contains(string_split(?, chr(31)), kind || '|' || coalesce(department, ''))
				OR list_contains(string_split(?, chr(31)), kind || '|' || trim(code)))
		ORDER BY form_id`,
	params: [[...scopes].join(SEP), [...codes].join(SEP)]
});

/**
 * Keys the uploaded forms (`uploaded`, their ids ≥ FIRST_UPLOADED_ID) together with the built
 * forms in `forms` they can meet, leaving out the built ids listed in table `excluded`.
 */
export async function seriesWithBuilt(
	db: Database,
	uploaded: readonly KeyInput[],
	excluded: string
): Promise<Series> {
	const scopes = new Set(uploaded.map(scopeOf));
	const codes = new Set(uploaded.map(codeOf).filter((c): c is string => c !== null));
	let built: KeyInput[] = [];
	// widen until the forms found bring no scope or code not asked for already
	const pace = pacer();
	for (let grown = uploaded.length > 0; grown;) {
		built = await db.query<KeyInput & Record<string, string | number | null>>(
			builtQuery(excluded, scopes, codes)
		);
		// turning the result into rows took its task ~40 ms: what follows gets a task of its own
		await yieldToPage();
		grown = false;
		for (const f of built) {
			const [scope, code] = [scopeOf(f), codeOf(f)];
			if (!scopes.has(scope)) {
				scopes.add(scope);
				grown = true;
			}
			if (code && !codes.has(code)) {
				codes.add(code);
				grown = true;
			}
		}
	}
	const keys = new Map<number, FormKey>();
	const links: ProjectLink[] = [];
	// a province's departments at once hold the page for half a second: matched a part at a
	// time, letting the page run every few milliseconds (after 30 ms, tasks of 100–280 ms
	// were seen on a busy machine)
	const parts = apart([...built, ...uploaded]);
	await yieldToPage();
	for (const part of parts) {
		const matched = matchProjects(part);
		for (const [id, key] of matched.keys) keys.set(id, key);
		links.push(...matched.links);
		await pace();
	}
	return { keys, links, built: built.map((f) => f.form_id) };
}

/**
 * The forms in parts that the matcher keys one by one exactly as all together: the forms of
 * one kind and department, with those of the other departments sharing a code with them (a
 * group joined by code spans them). No group, link or series crosses two parts.
 */
function apart(forms: readonly KeyInput[]): KeyInput[][] {
	const parent = new Map<string, string>();
	const find = (k: string): string => {
		let root = k;
		while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
		parent.set(k, root);
		return root;
	};
	for (const f of forms) {
		const code = codeOf(f);
		const scope = find(scopeOf(f));
		if (code) parent.set(find(`code ${code}`), scope);
	}
	const parts = new Map<string, KeyInput[]>();
	for (const f of forms) {
		const root = find(scopeOf(f));
		if (!parts.has(root)) parts.set(root, []);
		parts.get(root)!.push(f);
	}
	return [...parts.values()];
}
