/**
 * Every way to cut a run of funds figures glued together (`145000000.0010100.0%10`) into number,
 * percentage and placeholder pieces: the readings splitGlued (glued.ts) weighs.
 */

const MAX_CANDIDATES = 4000;
/**
 * A figure prints at most 12 whole digits (an amount under a trillion 元): a longer digit run is
 * several figures, and the pieces tried at a place stay few (unbounded, a line of 100,000 digits
 * made 5·10⁹ pieces and exhausted memory).
 */
const WHOLE_DIGITS = 12;

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Every way to cut `text` into at most `max` number/percent/placeholder pieces, in a fixed
 * order (integer cuts first), at most MAX_CANDIDATES of them.
 */
export function cuts(text: string, max: number): string[][] {
	// the pieces that can start at each position, as [piece, next position], in walk order
	const steps: Array<Array<readonly [string, number]>> = [];
	for (let at = 0; at < text.length; at++) steps.push(piecesAt(text, at));
	// fewest pieces that cover text[at…]: a branch that cannot finish within `max` is not walked
	const fewest = new Array<number>(text.length + 1).fill(Number.POSITIVE_INFINITY);
	fewest[text.length] = 0;
	for (let at = text.length - 1; at >= 0; at--)
		for (const [, next] of steps[at] ?? [])
			fewest[at] = Math.min(fewest[at] ?? 0, 1 + (fewest[next] ?? 0));
	const out: string[][] = [];
	const acc: string[] = [];
	const walk = (at: number): void => {
		if (out.length >= MAX_CANDIDATES || acc.length + (fewest[at] ?? 0) > max) return;
		if (at === text.length) {
			out.push(acc.slice());
			return;
		}
		for (const [piece, next] of steps[at] ?? []) {
			acc.push(piece);
			walk(next);
			acc.pop();
		}
	};
	walk(0);
	// (each piece is one number, percentage or placeholder by its making: none is filtered out)
	return out;
}

/**
 * The pieces that may start at text[at]: a placeholder; a cut inside the integer part; the
 * whole integer with 0 to 4 decimals, taking a `%` right after it (12 whole digits at most).
 */
function piecesAt(text: string, at: number): Array<readonly [string, number]> {
	const ch = text[at] ?? '';
	if (ch === '—' || ch === '-' || ch === '/') return [[ch, at + 1]];
	const first = text.charCodeAt(at);
	if (!isDigit(first)) return [];
	const out: Array<readonly [string, number]> = [];
	let intEnd = at + 1;
	// (the scan stops past WHOLE_DIGITS: a run's length is not looked at from each of its places)
	if (first !== 48)
		while (intEnd - at <= WHOLE_DIGITS && isDigit(text.charCodeAt(intEnd))) intEnd++;
	for (let end = at + 1; end < Math.min(intEnd, at + WHOLE_DIGITS + 1); end++)
		out.push([text.slice(at, end), end]);
	if (intEnd - at > WHOLE_DIGITS) return out;
	let digits = 0;
	if (text[intEnd] === '.')
		while (digits < 4 && isDigit(text.charCodeAt(intEnd + 1 + digits))) digits++;
	const withPercent = (end: number) =>
		text[end] === '%'
			? ([text.slice(at, end) + '%', end + 1] as const)
			: ([text.slice(at, end), end] as const);
	if (!digits) out.push(withPercent(intEnd));
	for (let dl = 1; dl <= digits; dl++) out.push(withPercent(intEnd + 1 + dl));
	return out;
}
