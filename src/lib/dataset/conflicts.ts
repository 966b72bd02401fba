/**
 * One form per department, project and year: the same three read from different files (a form
 * resubmitted, exported twice, corrected) would be counted twice in every total. Pure.
 *
 * The rule: the form with fewer warnings is kept (it read more cleanly); on a tie, the one read
 * later (later on the command line, later in name order within a folder), as a corrected copy
 * usually comes after the original. The other is superseded: left out of the tables, listed in
 * the manifest with the reason, and the kept form carries a warning naming both files.
 */
import type { FormRecord } from '../model/form.ts';
import type { InputForm } from './rows.ts';

export interface SupersededForm {
	file: string;
	/** the form's position in its file, from 0 */
	form_index: number;
	department: string;
	project: string;
	year: number;
	kept_file: string;
	kept_index: number;
	reason: string;
}

const normalise = (text: string) => text.replace(/\s+/g, '');

function keyOf({ record: r, origin }: InputForm): string | null {
	if (!r.department || !r.project || r.year === null) return null;
	// demo forms never displace real ones
	return [origin, normalise(r.department), normalise(r.project), r.year].join('\u0000');
}

/** The record without where it came from: equal for the same form printed twice. */
const content = (r: FormRecord) => JSON.stringify({ ...r, source: null, warnings: null });

const where = (r: FormRecord) => `${r.source.file} 第 ${r.source.index + 1} 张`;

function reasonFor(kept: FormRecord, lost: FormRecord): string {
	const same = content(kept) === content(lost) ? '两张表单内容相同；' : '两张表单数值不同；';
	if (kept.warnings.length < lost.warnings.length)
		return `${same}保留校验提示较少的一张（${kept.warnings.length} 条对 ${lost.warnings.length} 条）`;
	return `${same}校验提示一样多（${kept.warnings.length} 条），保留后读入的文件`;
}

/**
 * Splits forms into those kept and those superseded by a form of the same department, project
 * and year from another file; adds a `duplicate_form` warning to each kept form that won.
 */
export function resolveConflicts(forms: readonly InputForm[]): {
	kept: InputForm[];
	superseded: SupersededForm[];
} {
	const groups = new Map<string, number[]>();
	forms.forEach((form, i) => {
		const key = keyOf(form);
		if (key !== null) groups.set(key, [...(groups.get(key) ?? []), i]);
	});
	const dropped = new Set<number>();
	const superseded: SupersededForm[] = [];
	for (const members of groups.values()) {
		const files = new Set(members.map((i) => forms[i]!.record.source.file));
		if (files.size < 2) continue; // the same key twice inside one file is not a resubmission
		// fewest warnings; on a tie the last read (members are in reading order)
		const winner = members.reduce((best, i) =>
			forms[i]!.record.warnings.length <= forms[best]!.record.warnings.length ? i : best
		);
		const kept = forms[winner]!.record;
		for (const i of members) {
			const lost = forms[i]!.record;
			if (lost.source.file === kept.source.file) continue;
			dropped.add(i);
			const reason = reasonFor(kept, lost);
			superseded.push({
				file: lost.source.file,
				form_index: lost.source.index,
				department: kept.department!,
				project: kept.project!,
				year: kept.year!,
				kept_file: kept.source.file,
				kept_index: kept.source.index,
				reason
			});
			kept.warnings.push({
				code: 'duplicate_form',
				message: `本表（${where(kept)}）与 ${where(lost)} 的部门、项目、年度相同：${reason}，另一张不计入合计`,
				text: lost.source.file
			});
		}
	}
	return { kept: forms.filter((_, i) => !dropped.has(i)), superseded };
}
