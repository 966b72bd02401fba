/**
 * The characters a label vocabulary is written in (their codes: a character read off a text is a
 * new string to hash, its code is not), read off its patterns once: a text whose
 * first character is none of them starts no label, answered without testing any pattern (most
 * cells a label look-up meets are values: names, figures, sentences).
 */

/** A quantifier `{m}`, `{m,}`, `{m,n}` at the start of the text. */
const QUANTIFIER = /^\{\d+(,\d*)?\}/;
/** The openings of a group that matches no character itself, or a plain group's. */
const GROUP_OPENING = /^\((\?:|\?=|\?!|\?<=|\?<!)?/;

/**
 * Every character a match of any of `patterns` can hold (so a superset of those it can start
 * with), or null when that cannot be read off a pattern: a branch not anchored at `^`, a flag,
 * `.`, a class by name other than `\d`, a negated class or a range, a named group, a
 * back-reference.
 */
export function labelAlphabet(patterns: readonly RegExp[]): ReadonlySet<number> | null {
	const chars = new Set<number>();
	for (const { source, flags } of patterns) {
		if (flags || !anchored(source)) return null;
		let inClass = false;
		for (let i = 0; i < source.length; i++) {
			const ch = source[i]!;
			if (ch === '\\') {
				const next = source[++i] ?? '';
				if (next === 'd') for (let d = 0x30; d <= 0x39; d++) chars.add(d);
				else if (/\w/.test(next)) return null;
				else chars.add(next.charCodeAt(0));
			} else if (inClass) {
				if (ch === ']') inClass = false;
				else if (ch === '-' || ch === '^') return null;
				else chars.add(ch.charCodeAt(0));
			} else if (ch === '[') inClass = true;
			else if (ch === '(') {
				const opening = GROUP_OPENING.exec(source.slice(i))![0];
				if (source[i + opening.length] === '?') return null;
				i += opening.length - 1;
			} else if (ch === '{') {
				const quantifier = QUANTIFIER.exec(source.slice(i));
				if (!quantifier) return null;
				i += quantifier[0].length - 1;
			} else if (ch === '.') return null;
			else if (!'^$)|?*+'.includes(ch)) chars.add(ch.charCodeAt(0));
		}
	}
	return chars;
}

/** Whether every top-level branch of the source starts with `^`. */
function anchored(source: string): boolean {
	if (source[0] !== '^') return false;
	let depth = 0;
	let inClass = false;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i];
		if (ch === '\\') i++;
		else if (inClass) inClass = ch !== ']';
		else if (ch === '[') inClass = true;
		else if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (ch === '|' && depth === 0 && source[i + 1] !== '^') return false;
	}
	return true;
}
