/**
 * Label drift: real departments print the same template in their own words (实际执行数 for
 * 全年执行数, 权重 for 分值, 未完成原因 for 偏差原因分析及改进措施), with decorations (a colon, `(A)`,
 * a unit, numbering, letters spaced apart). Drift replaces each printed label of a table by one
 * of its variants, the same variant wherever the form prints that label (one department, one
 * wording); values are never touched, so the record a drifted form holds is the record drawn.
 * The variants are data (./label-variants.ts).
 */
import type { FormRecord } from '../../model/form.ts';
import { Random } from '../random.ts';
import type { Table } from './cells.ts';
import type { Extraction } from './codes.ts';
import { DRIFT_CONCEPTS, type Concept, type Kind } from './label-variants.ts';
import { driftLevels } from './level-variants.ts';
import { driftMarks } from './template-marks.ts';
import { TEMPLATE_CONCEPTS } from './template-variants.ts';
import type { TemplateCode } from './codes.ts';

export { DRIFT_CONCEPTS };

/**
 * The record a drifted form of `template` holds: its level names in the department's words
 * (./level-variants.ts; they are values, printed as the record holds them). 湖北 keeps its own:
 * its table prints each 一级's points by name.
 */
export function driftRecord(record: FormRecord, template: TemplateCode): FormRecord {
	if (template === 'HB') return record;
	const key = `${record.source.file}#${record.source.index}`;
	return driftLevels(record, new Random(`levels:${key}`));
}

/** printed label → its concept; a label with a unit (`项目资金(万元)`) is looked up without it */
const BY_PRINTED = new Map(
	[...DRIFT_CONCEPTS, ...TEMPLATE_CONCEPTS].flatMap((c) => c.printed.map((p) => [p, c] as const))
);

const TEMPLATE_SET = new Set<Concept>(TEMPLATE_CONCEPTS);
const UNIT = /^(.+?)(\((?:万?元)\))$/;
const CHINESE_NUMBERS = ['一', '二', '三', '四', '五'];
const SECTION_KINDS: readonly Kind[] = ['section'];

/** The decorations one form prints, drawn once per form. */
interface Decorations {
	colon: '' | ':' | '：';
	markers: boolean;
	/** the unit printed after each amount column's label, as `(万元)` or `万元` */
	columnUnit: '' | '(u)' | 'u';
	/** the block's unit on a line of its own (`金额单位:万元`) instead of in the funds label */
	unitLine: boolean;
	numbering: 'none' | 'chinese' | 'arabic' | 'paren';
	spaced: boolean;
}

/** Letters spaced apart (`年 初 预 算 数`), as forms centre short labels in wide cells. */
const spaceOut = (label: string) => [...label].join(' ');

const NUMBERING = {
	chinese: (n: number) => `${CHINESE_NUMBERS[n % 5]}、`,
	arabic: (n: number) => `${n + 1}.`,
	paren: (n: number) => `(${n + 1})`
};

/**
 * The table with its labels drifted: each concept's variant drawn once, then the form's
 * decorations. Glued text keeps no space, a spaced label's neither.
 */
export function driftTable(
	table: Table,
	record: FormRecord,
	random: Random,
	extraction: Extraction
): Table {
	// a value that reads like a label (an indicator named 预算执行率) is the record's: kept
	const values = recordTexts(record);
	const chosen = new Map<Concept, string>();
	// the template's marks drawn apart: the other labels' draws stay as they were without them
	const marks = random.fork('marks');
	const variant = (concept: Concept) => {
		const stream = TEMPLATE_SET.has(concept) ? marks : random;
		if (!chosen.has(concept)) chosen.set(concept, stream.pick(concept.variants));
		return chosen.get(concept)!;
	};
	const decorations: Decorations = {
		colon: random.pick(['', '', ':', '：'] as const),
		markers: random.chance(0.4),
		columnUnit: random.pick(['', '', '(u)', 'u'] as const),
		unitLine: random.chance(0.25),
		numbering: random.pick(['none', 'none', 'chinese', 'arabic', 'paren'] as const),
		spaced: extraction !== 'glued' && random.chance(0.4)
	};
	const unitOfForm = formUnit(table);
	let section = 0;
	const drift = (cell: string): string => {
		const [, base = cell, printedUnit = ''] = UNIT.exec(cell) ?? [];
		const concept = BY_PRINTED.get(base);
		if (!concept || values.has(cell)) return cell;
		let label = variant(concept);
		let unit = printedUnit;
		if (concept.kind === 'section' && decorations.unitLine) unit = '';
		if (SECTION_KINDS.includes(concept.kind) && decorations.numbering !== 'none')
			label = NUMBERING[decorations.numbering](section++) + label;
		if (concept.kind === 'amount' && decorations.columnUnit && unitOfForm && !/\(/.test(label))
			label += decorations.columnUnit.replace('u', unitOfForm);
		if (concept.kind === 'amount' && decorations.markers && !/\(/.test(label))
			label += /执行/.test(label) ? '(B)' : /年初/.test(label) ? '' : '(A)';
		if (concept.kind === 'header' && !/[:)]$/.test(label)) label += decorations.colon;
		if (decorations.spaced && !unit && label.length <= 5 && !/[^\u4e00-\u9fff]/.test(label))
			label = spaceOut(label);
		return (extraction === 'glued' ? label.replace(/\s+/g, '') : label) + unit;
	};
	// the unit on its own line right above the funds block, as many county forms print it
	const funds =
		decorations.unitLine && unitOfForm
			? table.findIndex((row) =>
					row.some((c) => BY_PRINTED.get(UNIT.exec(c)?.[1] ?? '')?.kind === 'section')
				)
			: -1;
	const drifted: Table = [];
	table.forEach((row, r) => {
		if (r === funds) drifted.push([`金额单位${decorations.colon || ':'}${unitOfForm}`]);
		const cells = row.map(drift);
		// a label the form does not print (报表编号) leaves no row behind
		if (cells.some(Boolean) || !row.some(Boolean)) drifted.push(cells);
	});
	return driftMarks(drifted, marks);
}

/** Every text the record holds, which drift must print as it is. */
function recordTexts(record: FormRecord): Set<string> {
	const texts = [record.project, record.department, record.unit, record.central_department];
	texts.push(record.goals?.target ?? null, record.goals?.actual ?? null);
	for (const i of record.indicators)
		texts.push(i.level1, i.level2, i.name, i.target, i.actual, i.note);
	return new Set(texts.filter((t): t is string => !!t));
}

/** The unit the form's funds block names (`项目资金(万元)`), for units printed in each column. */
function formUnit(table: Table): string | null {
	for (const row of table)
		for (const cell of row) {
			const m = UNIT.exec(cell);
			if (m && BY_PRINTED.get(m[1]!)?.kind === 'section') return m[2]!.slice(1, -1);
		}
	return null;
}
