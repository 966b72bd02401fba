/** Words for the one-page brief: a judged KPI's value, its rule, a cell clipped to fit a line. */
import Decimal from 'decimal.js';
import type { SignalRule } from '../model/brief-signals.ts';
import { percentOf } from '../model/thresholds.ts';
import { formatPoints, formatRate } from './number.ts';

/** A judged value as printed: rates and shares in %, points with 2 decimals. */
export function signalValueText(value: string | null, kind: SignalRule['kind']): string {
	return kind === 'points' ? formatPoints(value) : formatRate(value, kind === 'share' ? 1 : 2);
}

/** A bound as printed: "90%", "80分", "0%". */
function boundText(bound: string, kind: SignalRule['kind']): string {
	return kind === 'points' ? `${new Decimal(bound).toString()}分` : `${percentOf(bound)}%`;
}

/**
 * The rule in words, best band first: "≥90% 正常；≥60% 关注；<60% 预警", or for a share where
 * lower is better "≤10% 正常；≤30% 关注；>30% 预警" (a zero bound reads "为0").
 */
export function signalRuleText(rule: SignalRule): string {
	const good = boundText(rule.good, rule.kind);
	const watch = boundText(rule.watch, rule.kind);
	if (rule.higherIsBetter) return `≥${good} 正常；≥${watch} 关注；<${watch} 预警`;
	const first = new Decimal(rule.good).isZero() ? '为0' : `≤${good}`;
	return `${first} 正常；≤${watch} 关注；>${watch} 预警`;
}

/**
 * `text` cut to at most `max` characters (code points), the cut marked with "…": a brief's
 * row stays on one line, so the sheet's height is known before it is printed.
 */
export function clipText(text: string | null | undefined, max: number): string {
	if (text == null || text === '') return '—';
	const chars = Array.from(text.replace(/\s+/g, ' ').trim());
	return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('') + '…';
}
