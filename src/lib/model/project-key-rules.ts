/**
 * How forms of different years are taken for the same project (dataset/project-keys.ts), as
 * data: what a name loses before comparing, how close names and budgets must be, and how sure
 * each rule is. A link below `accept` but at or above `propose` is listed on 数据 for a person.
 */

export type KeyRule = 'code' | 'name' | 'normalized' | 'similar';

export const PROJECT_KEY_RULES = {
	source:
		'本项目设定：项目编码优先（财政部项目库编码）；否则同部门名称归一后相同，或名称相近且预算同量级',
	/** name endings dropped, longest first, repeatedly (学生资助专项资金 → 学生资助) */
	suffixes: [
		'专项经费',
		'专项资金',
		'工作经费',
		'工作资金',
		'项目经费',
		'项目资金',
		'专项',
		'经费',
		'资金',
		'项目',
		'工作'
	],
	/** character n-grams compared (2: bigrams) */
	ngram: 2,
	/** Dice similarity of the normalised names' n-grams needed to consider two names close */
	minSimilarity: 0.5,
	/** larger ÷ smaller adjusted budget, at most, for budgets "in the same range" */
	maxBudgetRatio: 2,
	/** years between the last form of one series and the first of the next, at most */
	maxGapYears: 2,
	/**
	 * confidence of each rule; a `similar` link's is its similarity; both `normalized` and
	 * `similar` are scaled by maxBudgetRatio ÷ the budget ratio when that is above it
	 */
	confidence: { code: 1, name: 1, normalized: 0.95 },
	/** links at or above this join the series */
	accept: 0.75,
	/** links below accept but at or above this are proposed to a person (数据) */
	propose: 0.45
} as const;

export const KEY_RULE_LABELS: Record<KeyRule, string> = {
	code: '项目编码相同',
	name: '名称相同',
	normalized: '名称归一后相同',
	similar: '名称相近且预算同量级'
};
