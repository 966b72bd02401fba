/**
 * A form read on the 导入 page, before it is kept, as the project page's form view shows it:
 * the same rows its queries return (queries/project.ts), computed here with decimal.js
 * (executed / adjusted to 4 decimals, points lost) since the form is not in the database yet.
 */
import Decimal from 'decimal.js';
import { toTableRows } from '../dataset/rows.ts';
import type { FormRecord } from '../model/form.ts';
import { EXECUTION_THRESHOLDS, GRADE_BANDS } from '../model/rules.ts';
import type { FundRowView, IndicatorRowView, ProjectFormRow } from '../model/form-rows.ts';

const dec = (v: unknown) =>
	v === null || v === undefined || v === '' ? null : new Decimal(String(v));
const text = (d: Decimal | null) => (d === null ? null : d.toFixed());

function rate(executed: unknown, adjusted: unknown): Decimal | null {
	const e = dec(executed);
	const a = dec(adjusted);
	return e && a && !a.isZero() ? e.div(a).toDecimalPlaces(4, Decimal.ROUND_HALF_UP) : null;
}

const lost = (weight: unknown, score: unknown) => {
	const w = dec(weight);
	const s = dec(score);
	return w && s && s.lt(w) ? w.minus(s) : null;
};

/** The form view's three inputs for one record. */
export function previewRows(record: FormRecord): {
	form: ProjectFormRow;
	funds: FundRowView[];
	indicators: IndicatorRowView[];
} {
	const rows = toTableRows([{ record, origin: 'uploaded' }]);
	const f = rows.forms[0]!;
	const r = rate(f.executed, f.adjusted);
	const score = dec(f.total_score);
	const grade = score ? (GRADE_BANDS.bands.find((b) => score.gte(b.min))?.grade ?? null) : null;
	const indicatorLost = rows.indicators.map((i) => lost(i.weight, i.score));
	const pointsLost = indicatorLost.reduce<Decimal>((s, l) => (l ? s.plus(l) : s), new Decimal(0));
	const form = {
		...f,
		rate: text(r),
		unspent: text(dec(f.adjusted)?.minus(dec(f.executed) ?? 0) ?? null),
		grade,
		rate_band:
			r === null
				? null
				: r.lt(EXECUTION_THRESHOLDS.attention)
					? 'attention'
					: r.lt(EXECUTION_THRESHOLDS.watch)
						? 'watch'
						: 'good',
		points_lost: pointsLost.toFixed(),
		weak_count: indicatorLost.filter(Boolean).length
	} as ProjectFormRow;
	const funds = rows.funds.map((x) => {
		const fr = rate(x.executed, x.adjusted);
		const printed = dec(x.rate_printed);
		return {
			...x,
			rate: text(fr),
			rate_differs: fr && printed ? fr.times(100).minus(printed).abs().gt('0.01') : null,
			points_lost: text(lost(x.weight, x.score))
		} as FundRowView;
	});
	const indicators = rows.indicators.map((x, i) => ({
		...x,
		points_lost: (indicatorLost[i] ?? new Decimal(0)).toFixed(),
		lost_points: indicatorLost[i] !== null,
		no_reason: !x.note || !String(x.note).trim()
	})) as IndicatorRowView[];
	return { form, funds, indicators };
}
