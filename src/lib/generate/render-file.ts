/**
 * A whole demo file: a `# source:` line saying where the synthetic data comes from (as the
 * corpus files name their web source), then the forms in the file's layout.
 */
import type { FormRecord } from '../model/form.ts';
import type { LayoutId } from './corpus-plan.ts';
import { renderShanghai } from './render-shanghai.ts';
import { renderWebTable } from './render-web-table.ts';
import { renderTemplateFile } from './templates/index.ts';

/** The first line of a demo file: synthetic data, which generator, which seed. */
export function fileHeader(seed: number, records: FormRecord[]): string {
	const first = records[0];
	return `# source: budgetlens generate --seed ${seed} (示例数据, synthetic) ${first?.department ?? ''} ${first?.year ?? ''}年度\n`;
}

/** Renders the forms of one file in the given layout, behind the header line. */
export function renderFile(records: FormRecord[], layout: LayoutId, seed: number): string {
	const body =
		layout === 'web'
			? renderWebTable(records)
			: layout === 'shanghai'
				? renderShanghai(records)
				: renderTemplateFile(records, layout);
	return fileHeader(seed, records) + body;
}
