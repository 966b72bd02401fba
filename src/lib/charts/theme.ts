/**
 * The one chart look: a deep government blue, the traffic lights for good / watch / attention,
 * a colour-blind-safe palette for categories, short animations, text-only tooltips.
 */
export const ACCENT = '#1f4e79';

/** 红黄绿灯: red needs attention, amber to watch, green fine. */
export const SIGNAL = { good: '#2e7d32', watch: '#c77c02', attention: '#c62828' } as const;

/** Okabe–Ito, readable with the common colour-vision deficiencies. */
export const CATEGORY_PALETTE = [
	'#1f4e79',
	'#e69f00',
	'#56b4e9',
	'#009e73',
	'#d55e00',
	'#cc79a7',
	'#0072b2',
	'#f0e442'
];

const FONT_FAMILY =
	'"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** Options every chart starts from. Tooltips render as canvas text, so no data reaches HTML. */
export const BASE_OPTION = {
	color: CATEGORY_PALETTE,
	animationDuration: 250,
	animationDurationUpdate: 200,
	textStyle: { fontFamily: FONT_FAMILY },
	tooltip: { renderMode: 'richText', confine: true },
	toolbox: {
		right: 8,
		feature: { saveAsImage: { title: '保存为图片', pixelRatio: 2 } }
	}
} as const;

/**
 * The option with its 保存为图片 file named after the chart (ECharts appends .png), so a saved
 * image reads "各部门预算执行率热力图.png" rather than "echarts.png". Options without a toolbox
 * are returned unchanged.
 */
export function withImageName<T extends Record<string, unknown>>(option: T, name: string): T {
	const toolbox = option.toolbox as { feature?: { saveAsImage?: object } } | undefined;
	if (!toolbox || Array.isArray(toolbox) || !toolbox.feature?.saveAsImage) return option;
	const safe = name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'chart';
	return {
		...option,
		toolbox: {
			...toolbox,
			feature: {
				...toolbox.feature,
				saveAsImage: { ...toolbox.feature.saveAsImage, name: safe }
			}
		}
	};
}

/**
 * Whether the chart's toolbox (保存为图片) shows: never on paper, else as the option says. A
 * chart whose option hides it (the brief's) keeps it hidden after printing too.
 */
export function toolboxShown(option: Record<string, unknown>, printing: boolean): boolean {
	const toolbox = option.toolbox as { show?: boolean } | undefined;
	return !printing && toolbox !== undefined && toolbox.show !== false;
}
