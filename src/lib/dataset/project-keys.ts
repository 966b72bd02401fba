/**
 * One key per project across years, also through renames. Forms with the same printed code, or
 * of the same department and kind with the same cleaned name, form a group; groups then link
 * into series, strongest evidence first: the same normalised name, or a close name (character
 * n-grams) with a budget in the same range, the earlier group ending before the later starts.
 * Every link carries its evidence and a confidence; the rules and thresholds are data
 * (model/project-key-rules.ts). Pure; runs at build time over the forms table's rows.
 */
import Decimal from 'decimal.js';
import { PROJECT_KEY_RULES as RULES, type KeyRule } from '../model/project-key-rules.ts';
import { cleanName, nameSimilarity, normalizeName, withoutYears } from './project-names.ts';

export interface KeyInput {
	form_id: number;
	kind: string;
	year: number | null;
	department: string | null;
	project: string | null;
	code: string | null;
	/** budget at year start and adjusted budget, decimal strings in 元 */
	initial: string | null;
	adjusted: string | null;
}

export interface ProjectLink {
	/** the earlier series' last form and the later series' first form */
	form_id: number;
	other_form_id: number;
	rule: KeyRule;
	similarity: number;
	/** larger ÷ smaller budget (年初 when both print one, else adjusted), or null */
	budget_ratio: string | null;
	confidence: number;
	accepted: boolean;
	evidence: string;
}

export interface FormKey {
	project_key: number;
	/** how this form joins the form before it in its series (null: the first) */
	key_rule: KeyRule | null;
	key_confidence: number | null;
	key_evidence: string | null;
}

interface Group {
	forms: KeyInput[];
	first: KeyInput;
	last: KeyInput;
	normalized: string;
	next: Group | null;
	prev: Group | null;
}

const yearOf = (f: KeyInput) => f.year ?? 0;
const byYear = (a: KeyInput, b: KeyInput) => yearOf(a) - yearOf(b) || a.form_id - b.form_id;

/** Groups forms that share a code, or a department, kind and cleaned name (union-find). */
function groupForms(forms: readonly KeyInput[]): KeyInput[][] {
	const parent = new Map<number, number>();
	const find = (id: number): number => {
		let root = id;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const union = (a: number, b: number) => parent.set(find(b), find(a));
	const seen = new Map<string, number>();
	for (const f of forms) {
		parent.set(f.form_id, f.form_id);
		const keys = [];
		if (f.code?.trim()) keys.push(`code|${f.kind}|${f.code.trim()}`);
		const name = f.project ? withoutYears(cleanName(f.project)) : '';
		if (name) keys.push(`name|${f.kind}|${f.department ?? ''}|${name}`);
		for (const key of keys) {
			const other = seen.get(key);
			if (other === undefined) seen.set(key, f.form_id);
			else union(other, f.form_id);
		}
	}
	const groups = new Map<number, KeyInput[]>();
	for (const f of forms) groups.set(find(f.form_id), [...(groups.get(find(f.form_id)) ?? []), f]);
	return [...groups.values()].map((g) => g.sort(byYear));
}

const money = (v: string | null) => {
	const d = v && /^-?\d+(\.\d+)?$/.test(v) ? new Decimal(v) : null;
	return d && d.gt(0) ? d : null;
};

/**
 * The two budgets compared: the planned (年初) ones when both forms print one, since mid-year
 * cuts and additions move the adjusted budget far more than a project changes; else adjusted.
 */
function budgets(a: KeyInput, b: KeyInput): [Decimal, Decimal, string] | null {
	const [ia, ib] = [money(a.initial), money(b.initial)];
	if (ia && ib) return [ia, ib, '年初预算'];
	const [aa, ab] = [money(a.adjusted), money(b.adjusted)];
	return aa && ab ? [aa, ab, '调整后预算'] : null;
}

/** The candidate link from `a` (earlier) to `b` (later), or null when nothing supports it. */
function linkOf(a: Group, b: Group): ProjectLink | null {
	const pair = budgets(a.last, b.first);
	const ratio = pair ? Decimal.max(pair[0], pair[1]).div(Decimal.min(pair[0], pair[1])) : null;
	// a budget outside the range lowers the confidence in proportion, a missing one a little
	const budgetFactor = ratio
		? Math.min(1, RULES.maxBudgetRatio / ratio.toNumber())
		: RULES.maxBudgetRatio / (RULES.maxBudgetRatio + 0.3);
	const similarity = nameSimilarity(a.normalized, b.normalized);
	const same = a.normalized === b.normalized;
	if (!same && similarity < RULES.minSimilarity) return null;
	const rule: KeyRule = same ? 'normalized' : 'similar';
	const base = same ? RULES.confidence.normalized : similarity;
	const confidence = Math.round(base * budgetFactor * 10000) / 10000;
	if (confidence < RULES.propose) return null;
	const budgetText = pair
		? `${pair[2]} ${pair[0].toFixed(2)} → ${pair[1].toFixed(2)} 元（${ratio!.toFixed(2)} 倍）`
		: '预算缺失';
	const nameText = same
		? `名称归一后相同「${a.normalized}」`
		: `名称相近「${a.normalized}」~「${b.normalized}」（相似度 ${similarity.toFixed(2)}）`;
	return {
		form_id: a.last.form_id,
		other_form_id: b.first.form_id,
		rule,
		similarity: Math.round(similarity * 10000) / 10000,
		budget_ratio: ratio ? ratio.toFixed(4) : null,
		confidence,
		accepted: false,
		evidence: `${a.last.year}年「${a.last.project}」→ ${b.first.year}年「${b.first.project}」：${nameText}；${budgetText}`
	};
}

/** Candidate links between the groups of one department and kind, strongest first. */
function candidates(groups: Group[]): [ProjectLink, Group, Group][] {
	const out: [ProjectLink, Group, Group][] = [];
	for (const a of groups)
		for (const b of groups) {
			const gap = yearOf(b.first) - yearOf(a.last);
			if (a === b || a.last.year === null || b.first.year === null) continue;
			if (gap < 1 || gap > RULES.maxGapYears) continue;
			const link = linkOf(a, b);
			if (link) out.push([link, a, b]);
		}
	return out.sort(
		([x, xa, xb], [y, ya, yb]) =>
			y.confidence - x.confidence ||
			yearOf(xb.first) - yearOf(xa.last) - (yearOf(yb.first) - yearOf(ya.last)) ||
			x.form_id - y.form_id ||
			x.other_form_id - y.other_form_id
	);
}

/**
 * Keys every form: `project_key` is the smallest form id of its series. Returns the keys by
 * form id and every link considered at or above `propose` (accepted or not).
 */
export function matchProjects(forms: readonly KeyInput[]): {
	keys: Map<number, FormKey>;
	links: ProjectLink[];
} {
	const groups: Group[] = groupForms(forms).map((g) => ({
		forms: g,
		first: g[0]!,
		last: g[g.length - 1]!,
		normalized: normalizeName(g[0]!.project ?? ''),
		next: null,
		prev: null
	}));
	const byScope = new Map<string, Group[]>();
	for (const g of groups) {
		if (!g.first.department || !g.first.project) continue;
		const scope = `${g.first.kind}|${g.first.department}`;
		byScope.set(scope, [...(byScope.get(scope) ?? []), g]);
	}
	const links: ProjectLink[] = [];
	const joins = new Map<Group, ProjectLink>();
	for (const scoped of byScope.values())
		for (const [link, a, b] of candidates(scoped)) {
			// a series is a chain: one successor and one predecessor per group
			if (link.confidence >= RULES.accept && !a.next && !b.prev) {
				a.next = b;
				b.prev = a;
				link.accepted = true;
				joins.set(b, link);
			}
			links.push(link);
		}
	const keys = new Map<number, FormKey>();
	for (const head of groups.filter((g) => !g.prev)) {
		let previous: KeyInput | null = null;
		const key = Math.min(...seriesOf(head).flatMap((g) => g.forms.map((f) => f.form_id)));
		for (const g of seriesOf(head))
			for (const f of g.forms) {
				keys.set(f.form_id, { project_key: key, ...joinOf(previous, f, g, joins) });
				previous = f;
			}
	}
	return { keys, links };
}

function seriesOf(head: Group): Group[] {
	const out: Group[] = [];
	for (let g: Group | null = head; g; g = g.next) out.push(g);
	return out;
}

/** How form `f` of group `g` joins the form before it in its series. */
function joinOf(previous: KeyInput | null, f: KeyInput, g: Group, joins: Map<Group, ProjectLink>) {
	if (!previous) return { key_rule: null, key_confidence: null, key_evidence: null };
	if (g.first === f && joins.has(g)) {
		const link = joins.get(g)!;
		return { key_rule: link.rule, key_confidence: link.confidence, key_evidence: link.evidence };
	}
	const sameCode = previous.code?.trim() && previous.code.trim() === f.code?.trim();
	const rule: KeyRule = sameCode ? 'code' : 'name';
	const evidence = sameCode
		? `项目编码相同「${f.code!.trim()}」`
		: `名称相同（年份除外）「${previous.project}」→「${f.project}」`;
	return { key_rule: rule, key_confidence: RULES.confidence[rule], key_evidence: evidence };
}
