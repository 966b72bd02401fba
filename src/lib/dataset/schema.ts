/**
 * The dataset's tables, as data: one place names every column and its SQL type.
 * The builder writes them as Arrow IPC (arrow-writer.ts); the browser and the tests load them back.
 */

/** Money is 元 with fen; points and printed percentages keep up to four decimals. */
export const SQL_TYPES = {
	text: 'VARCHAR',
	int: 'INTEGER',
	bool: 'BOOLEAN',
	money: 'DECIMAL(18,2)',
	points: 'DECIMAL(12,4)',
	percent: 'DECIMAL(12,4)',
	ratio: 'DECIMAL(18,6)'
} as const;

export type ColumnKind = keyof typeof SQL_TYPES;
export type Cell = string | number | boolean | null;
export type TableRow = Record<string, Cell>;

export interface TableSpec {
	name: string;
	/** the rows it is written from (toTableRows'), when not its own name's */
	rows?: TableName;
	columns: readonly (readonly [string, ColumnKind])[];
}

/** The row sets the builder makes (dataset/rows.ts); a table writes some columns of one. */
export type TableName = 'forms' | 'funds' | 'indicators' | 'warnings' | 'project_matches';

export const TABLES: readonly TableSpec[] = [
	{
		name: 'forms',
		columns: [
			['form_id', 'int'],
			['file', 'text'],
			['form_index', 'int'],
			['template', 'text'],
			['origin', 'text'],
			['kind', 'text'],
			['year', 'int'],
			['project', 'text'],
			['code', 'text'],
			['department', 'text'],
			['unit', 'text'],
			['amount_unit', 'text'],
			['initial', 'money'],
			['adjusted', 'money'],
			['executed', 'money'],
			['funds_weight', 'points'],
			['rate_printed', 'percent'],
			['funds_score', 'points'],
			['total_weight', 'points'],
			['total_score', 'points'],
			['grade_printed', 'text'],
			['indicator_count', 'int'],
			['warning_count', 'int'],
			// the same project across years (project-keys.ts): the key, and how this form
			// joins the one before it in its series
			['project_key', 'int'],
			['key_rule', 'text'],
			['key_confidence', 'ratio']
		]
	},
	{
		// The forms' long texts, which no chart or list reads, in a table of their own: over half
		// the bytes of the forms (a province's 100,000 forms: 48 MB with them), loaded only when
		// a form is shown. Every page waits for `forms`; only 项目 reads these.
		name: 'form_texts',
		rows: 'forms',
		columns: [
			['form_id', 'int'],
			['goal_target', 'text'],
			['goal_actual', 'text'],
			['key_evidence', 'text']
		]
	},
	{
		name: 'funds',
		columns: [
			['form_id', 'int'],
			['position', 'int'],
			['source', 'text'],
			['initial', 'money'],
			['adjusted', 'money'],
			['executed', 'money'],
			['weight', 'points'],
			['rate_printed', 'percent'],
			['score', 'points']
		]
	},
	{
		name: 'indicators',
		columns: [
			['form_id', 'int'],
			['position', 'int'],
			['level1', 'text'],
			['level2', 'text'],
			['name', 'text'],
			['core', 'bool'],
			['target', 'text'],
			['actual', 'text'],
			['weight', 'points'],
			['score', 'points'],
			['note', 'text'],
			['target_op', 'text'],
			['target_value', 'text'],
			['target_unit', 'text'],
			['actual_value', 'text'],
			['completion', 'ratio']
		]
	},
	{
		name: 'warnings',
		columns: [
			['form_id', 'int'],
			['code', 'text'],
			['message', 'text'],
			['text', 'text']
		]
	},
	{
		// every link between two forms' series considered by project-keys.ts, accepted or not
		name: 'project_matches',
		columns: [
			['form_id', 'int'],
			['other_form_id', 'int'],
			['rule', 'text'],
			['similarity', 'ratio'],
			['budget_ratio', 'ratio'],
			['confidence', 'ratio'],
			['accepted', 'bool'],
			['evidence', 'text']
		]
	}
];
