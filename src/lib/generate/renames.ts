/**
 * Renamed projects, planted so that the cross-year project key (dataset/project-keys.ts) can be
 * measured against the truth: a recurring project sometimes gets a year added to or dropped
 * from its name, a money word swapped (经费 → 资金), or a reworded name. Draws come from their
 * own stream, so the rest of the corpus stays as it was without renames.
 */
import type { Random } from './random.ts';

export type RenameKind = 'year_added' | 'year_dropped' | 'suffix' | 'reworded';

/** Chance that a recurring project is renamed in a given year. */
const RENAME_CHANCE = 0.06;

const SUFFIX_SWAPS: readonly (readonly [string, string])[] = [
	['专项经费', '专项资金'],
	['工作经费', '工作资金'],
	['经费', '资金'],
	['专项资金', '专项'],
	['专项', '专项资金'],
	['项目', '专项']
];

/** Rewordings as forms make them: a synonym, a word added or a qualifier in front. */
const REWORDINGS: readonly (readonly [string, string])[] = [
	['能力建设', '能力提升'],
	['运行维护', '运维保障'],
	['维修改造', '修缮改造'],
	['建设', '建设与管理'],
	['服务', '服务保障'],
	['补贴', '补助'],
	['培训', '培养'],
	['发展', '高质量发展'],
	['防控', '防治'],
	['扶持', '支持']
];

export interface NamedProject {
	/** the name without a year */
	name: string;
	/** whether the printed name starts with the year (2021年度…) */
	yearPrefix: boolean;
}

/** The name as printed in `year`. */
export const printedName = (p: NamedProject, year: number) =>
	p.yearPrefix ? `${year}年度${p.name}` : p.name;

/**
 * A renamed copy of `project`, or null when it keeps its name this year. `taken` holds the
 * department's names in use: a rename never takes one of them.
 */
export function maybeRename<P extends NamedProject>(
	random: Random,
	project: P,
	taken: Set<string>
): { project: P; kind: RenameKind } | null {
	if (!random.chance(RENAME_CHANCE)) return null;
	const kind = random.pick<RenameKind>(
		project.yearPrefix
			? ['year_dropped', 'suffix', 'reworded']
			: ['year_added', 'suffix', 'reworded']
	);
	if (kind === 'year_added' || kind === 'year_dropped')
		return { project: { ...project, yearPrefix: kind === 'year_added' }, kind };
	const swaps = kind === 'suffix' ? SUFFIX_SWAPS : REWORDINGS;
	const name = rename(project.name, swaps, kind === 'suffix');
	if (!name || taken.has(name)) return null;
	taken.add(name);
	return { project: { ...project, name }, kind };
}

function rename(name: string, swaps: typeof SUFFIX_SWAPS, atEnd: boolean): string | null {
	for (const [from, to] of swaps) {
		if (atEnd ? name.endsWith(from) : name.includes(from))
			return atEnd ? name.slice(0, -from.length) + to : name.replace(from, to);
	}
	return atEnd ? null : `市级${name}`;
}
