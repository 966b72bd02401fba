/**
 * The demo-data generator: seeded, pure (no Node APIs), deterministic for a seed.
 * `generateCorpus` draws form records; the renderers print them in real layouts.
 */
export { generateCorpus, generateCorpusWithTruth, type FormTruth } from './corpus.ts';
export {
	DEFAULT_OPTIONS,
	isLayout,
	corpusFileName,
	listDepartments,
	type GenerateOptions,
	type LayoutId
} from './corpus-plan.ts';
export { renderShanghai } from './render-shanghai.ts';
export { renderWebTable } from './render-web-table.ts';
export { renderFile, fileHeader } from './render-file.ts';
export { Random } from './random.ts';
export {
	EXTRACTIONS,
	TEMPLATE_CODES,
	TEMPLATE_INFO,
	layoutOf,
	readLayout,
	renderForm,
	templateGrid,
	type Extraction,
	type TemplateCode
} from './templates/index.ts';
