// Registers only the ECharts parts we use, so the bundle stays small.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	ToolboxComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	HeatmapChart,
	LineChart,
	ScatterChart,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TitleComponent,
	ToolboxComponent,
	TooltipComponent,
	VisualMapComponent,
	CanvasRenderer,
	// the printed copy of every chart (EChart.svelte): vector, drawn at the printed width
	SVGRenderer
]);

export { echarts };
