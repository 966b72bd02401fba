/**
 * Indicator rows whose cells extraction glued into one run per line (HTML/DOCX text):
 * `质量指标项目一次验收合格率100%80%1111管理不够到位`. Labels are peeled off the front
 * (glued-row-labels.ts), then each row cut by the template's column order (glued-row-cuts.ts,
 * glued-weight-first.ts, glued-explained.ts); rows whose figures split several ways are settled
 * by the form's sums (glued-sums.ts).
 */
import type { FormWarning } from '../model/form.ts';
import type { Cell } from './cells.ts';
import type { IndicatorDraft } from './indicator.ts';
import { assignLevels, type LevelLabel } from './levels.ts';
import type { IndicatorColumn } from './templates/columns.ts';
import { splitGuess } from './split-guess.ts';
import { cutExplainedRow } from './glued-explained.ts';
import { distinct, only, type RowCut, type RowReading } from './glued-readings.ts';
import { cutWithFigures, cutWithoutFigures } from './glued-row-cuts.ts';
import { peelLabels, type LabelScheme } from './glued-row-labels.ts';
import { settleBySums, type RowOptions } from './glued-sums.ts';
import { lineTexts } from './glued-table.ts';
import { cutWeightFirst } from './glued-weight-first.ts';
import type { FormSums } from './readings.ts';

export { splitWeightScore } from './glued-cuts.ts';
export { isGluedLines, isGluedTable } from './glued-table.ts';

const HEADER_WORDS = /指标值|完成值|分值|得分|偏差原因|改进措施/;

/** The warning's message for text after the last glued row (`说明无`): no row was lost. */
export const AFTER_TABLE = '指标表之后的文字';
/**
 * The warning's message for a line longer than any row prints (MAX_HEAD): text no reader can
 * place as a row, not a row this reader failed to split (the other rows still read so).
 */
export const TOO_LONG = '粘连的指标行过长，未拆分';

/** `指标1:` numbering before a name (部门整体 and 宁夏 forms). */
const NUMBERING = /^指标\d+[:：]?/;

/**
 * Reads glued rows, one per line, in the template's column order (`columns`: weight and score
 * after the actual, the score alone, or no figure at all); the column header lines are skipped.
 */
export function readGluedRows(
	cells: readonly Cell[],
	warnings: FormWarning[],
	columns: readonly IndicatorColumn[] = CANONICAL_ROW,
	sums: FormSums | null = null
): IndicatorDraft[] {
	const drafts: IndicatorDraft[] = [];
	const rows: GluedRow[] = [];
	const events = new Map<number, LevelLabel[]>();
	const figures = tailColumns(columns);
	// 安徽/宁夏 print the weight between name and target
	const weightFirst =
		columns.indexOf('weight') >= 0 && columns.indexOf('weight') < columns.indexOf('actual');
	// 河北 prints a 指标解释 after the name, and three figures after the 完成情况
	const explained = columns[0] === 'name' && columns[1] === 'skip';
	const unread: FormWarning[] = [];
	const scheme: LabelScheme = { other: false };
	for (const { text: line } of lineTexts(cells)) {
		// the column header, its words in any wording (`三级指标名称指标值实际值…`: not labels)
		if (line.includes('三级指标')) continue;
		const peeled = peelLabels(line, !drafts.length, scheme);
		if (peeled.labels.length)
			events.set(drafts.length, [...(events.get(drafts.length) ?? []), ...peeled.labels]);
		let rest = peeled.rest;
		rest = rest.replace(NUMBERING, '');
		// the column header, possibly wrapped over lines
		// (`年度绩效目标(80分)一级指标二级指标三级指标…`: no row names a 三级指标)
		if (isHeaderLine(rest)) continue;
		const cut = cutRow(rest, explained, weightFirst, figures);
		if (!cut) {
			warnings.push({ code: 'unplaced_text', message: TOO_LONG, text: line });
			continue;
		}
		const readings = distinct(cut.readings);
		const [read] = readings;
		if (!read) {
			// a line that is not a glued row: its text is kept as a warning
			if (rest) {
				unread.push({ code: 'unplaced_text', message: '粘连的指标行未能拆分', text: line });
				warnings.push(unread[unread.length - 1]!);
			}
			continue;
		}
		// lines before a row that reads are rows lost; those after the last one, text after the table
		unread.length = 0;
		rows.push(new GluedRow(readings, cut.alternates, line));
		drafts.push(draftOf(read));
	}
	for (const w of unread) w.message = AFTER_TABLE;
	// rows whose figures split several ways: the ways the form's printed totals allow
	const settled = settleBySums(rows, sums);
	rows.forEach((row, k) => {
		const readings = settled?.[k] ?? row.readings;
		if (settled?.[k]?.[0]) drafts[k] = draftOf(settled[k][0]);
		// a row the text reads one way only is read; one it reads several ways is named with them all
		if (readings.length > 1)
			warnings.push(
				splitGuess(
					`indicators[${k}]`,
					`第 ${k + 1} 个指标行`,
					readings.map((r) => ({
						name: r.parts[0],
						target: r.parts[1],
						actual: r.parts[2],
						...(figures || weightFirst || explained ? { weight: r.weight, score: r.score } : {}),
						note: r.note || null
					})),
					row.line
				)
			);
	});
	const levels = assignLevels(drafts.length, events);
	return drafts.map((d, k) => ({ ...d, ...levels[k] }));
}

/** Every reading of a row's text (labels off) by the template's column order; null: too long. */
function cutRow(
	rest: string,
	explained: boolean,
	weightFirst: boolean,
	figures: number
): RowCut | null {
	const readings = explained
		? cutExplainedRow(rest)
		: weightFirst
			? cutWeightFirst(rest)
			: figures
				? undefined
				: cutWithoutFigures(rest);
	if (readings === undefined) return cutWithFigures(rest, figures);
	return readings && only(readings);
}

/** A row for the sums: its readings, its alternates (those not among them) made when asked. */
class GluedRow implements RowOptions<RowReading> {
	private made: RowReading[] | undefined;

	constructor(
		readonly readings: RowReading[],
		private readonly others: () => RowReading[],
		readonly line: string
	) {}

	get alternates(): RowReading[] {
		return (this.made ??= distinct([...this.readings, ...this.others()]).slice(
			this.readings.length
		));
	}
}

/** The indicator a reading gives (its levels assigned after). */
function draftOf({ parts, weight, score, note }: RowReading): IndicatorDraft {
	return {
		level1: null,
		level2: null,
		name: parts[0],
		target: parts[1] || null,
		actual: parts[2] || null,
		weight,
		score,
		note: note || null
	};
}

const CANONICAL_ROW: readonly IndicatorColumn[] = [
	'name',
	'target',
	'actual',
	'weight',
	'score',
	'note'
];

/** The figures a row prints after its actual value: weight and score, the score, or none. */
function tailColumns(columns: readonly IndicatorColumn[]): number {
	const after = columns.slice(columns.indexOf('actual') + 1);
	return after.filter((c) => c === 'weight' || c === 'score').length;
}

/** The column header (`一级指标二级指标三级指标…`, its words in any wording, without figures). */
function isHeaderLine(rest: string): boolean {
	if (/^(?:一级|二级|三级|年度指标值)/.test(rest) || rest.includes('三级指标')) return true;
	return HEADER_WORDS.test(rest) && !/\d/.test(rest);
}
