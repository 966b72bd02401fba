/**
 * The form templates the generator prints (domain.md §3) and the ways their text reaches us.
 * A layout id names both, e.g. `sc-pipes`: the Sichuan template saved from a web table.
 */

export const TEMPLATE_CODES = [
	'SH',
	'MOF',
	'MOF+',
	'SC',
	'AH',
	'Y20',
	'HE',
	'NX4',
	'NX0',
	'HB',
	'DEPT',
	'TP',
	'TPC'
] as const;
export type TemplateCode = (typeof TEMPLATE_CODES)[number];

/**
 * How text reaches us: PDF text in reading order; PDF text with the lines of side-by-side cells
 * interleaved; a web table with `|`; a web table one cell per line (blank cells as a lone
 * no-break space); cells glued with no separator; a Word/OCR flow (list numbering, page
 * furniture, glyph errors).
 */
export const EXTRACTIONS = ['pdf', 'columns', 'pipes', 'cells', 'glued', 'ocr'] as const;
export type Extraction = (typeof EXTRACTIONS)[number];

/** What each template is and how it prints amounts. */
export const TEMPLATE_INFO: Readonly<
	Record<TemplateCode, { slug: string; where: string; unit: '元' | '万元' }>
> = {
	SH: { slug: 'sh', where: '上海', unit: '元' },
	MOF: { slug: 'mof', where: '财政部附件格式 (山西, 河北, 安徽)', unit: '万元' },
	'MOF+': { slug: 'mofplus', where: '云南 (指标性质/指标值/度量单位)', unit: '元' },
	SC: { slug: 'sc', where: '四川 510000_0013zp', unit: '万元' },
	AH: { slug: 'ah', where: '安徽 (分值在指标值之前)', unit: '万元' },
	Y20: { slug: 'y20', where: '云南 (资金 20 分, 指标 80 分)', unit: '万元' },
	HE: { slug: 'he', where: '河北 (预算执行进度, 折算得分)', unit: '万元' },
	NX4: { slug: 'nx4', where: '宁夏 (决策/管理/产出/效益)', unit: '万元' },
	NX0: { slug: 'nx0', where: '宁夏 (产出40/效益40/满意度20, 资金不计分)', unit: '万元' },
	HB: { slug: 'hb', where: '湖北 (项目决策/项目管理/项目绩效)', unit: '万元' },
	DEPT: { slug: 'dept', where: '部门整体支出 (湖南, 安徽, 重庆)', unit: '万元' },
	TP: { slug: 'tp', where: '中央对地方转移支付', unit: '万元' },
	TPC: { slug: 'tpc', where: '县级专项资金 (转移支付的县级版本)', unit: '万元' }
};

/** `sc-pipes` for SC × pipes. */
export function layoutOf(template: TemplateCode, extraction: Extraction): string {
	return `${TEMPLATE_INFO[template].slug}-${extraction}`;
}

/** The template and extraction a layout id names, or null for the two original layouts. */
export function readLayout(
	layout: string
): { template: TemplateCode; extraction: Extraction } | null {
	const dash = layout.lastIndexOf('-');
	const slug = layout.slice(0, dash);
	const extraction = layout.slice(dash + 1) as Extraction;
	const template = TEMPLATE_CODES.find((c) => TEMPLATE_INFO[c].slug === slug);
	return template && EXTRACTIONS.includes(extraction) ? { template, extraction } : null;
}
