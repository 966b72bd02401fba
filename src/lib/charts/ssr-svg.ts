/**
 * Where a chart component finds the server's SVG renderer while the page is rendered at build
 * time (hooks.server.ts sets it): the component itself never imports ECharts on the server.
 */
export type SvgRenderer = (
	option: Record<string, unknown>,
	width: number,
	height: number
) => string;

/** A chart's width in a full-width card and in a half-width one on a 1366 px wide screen. */
export const FULL_CARD_WIDTH = 1276;
export const HALF_CARD_WIDTH = 609;

let renderer: SvgRenderer | null = null;

export function setSvgRenderer(r: SvgRenderer | null): void {
	renderer = r;
}

/** The chart as SVG when rendering on the server with a renderer set, else null. */
export function chartSvg(option: Record<string, unknown>, width: number, height: number) {
	return renderer ? renderer(option, width, height) : null;
}
