/**
 * ECharts drawn to an SVG string on the server (build time), from the same option the browser
 * draws: the prerendered page shows its charts before any script runs.
 */
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../charts/echarts-setup.ts';

echarts.use([SVGRenderer]);

/** The chart of `option` as an SVG document of `width` × `height` px, without animation. */
export function renderChartSvg(
	option: Record<string, unknown>,
	width: number,
	height: number
): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({ ...option, animation: false });
		// Stretched to its box: the box is the live chart's, which may be a little narrower or
		// wider than drawn here; the rows and axes stay where the live chart puts them.
		return chart.renderToSVGString().replace('<svg ', '<svg preserveAspectRatio="none" ');
	} finally {
		chart.dispose();
	}
}
