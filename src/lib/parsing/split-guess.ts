/**
 * The `split_guess` warning: glued text that reads more than one way, every reading consistent
 * with all the form prints. It names the row (a record field path) and every candidate reading,
 * the one kept first, so that a person can check the printed form and nothing is silently chosen.
 */
import type { FormWarning } from '../model/form.ts';

type Reading = Record<string, string | null>;

const show = (r: Reading) =>
	Object.values(r)
		.map((v) => (v === null || v === '' ? '(空)' : v))
		.join(' | ');

/** A split_guess warning for `field` (`goals`, `funds.total`, `indicators[3]`), `label` in words. */
export function splitGuess(
	field: string,
	label: string,
	candidates: readonly Reading[],
	text?: string
): FormWarning {
	const [kept, ...others] = candidates;
	return {
		code: 'split_guess',
		message: `${label}粘连，可拆为 ${candidates.length} 种读法：采用「${kept ? show(kept) : ''}」，另可读作${others.map((o) => `「${show(o)}」`).join('或')}`,
		field,
		candidates: candidates.map((c) => ({ ...c })),
		...(text === undefined ? {} : { text })
	};
}

/** The planned and achieved goal texts glued with more than one place to cut them. */
export function goalsGuess(
	candidates: ReadonlyArray<{ target: string | null; actual: string | null }>
) {
	return splitGuess('goals', '年度目标与实际完成情况', candidates);
}
