/** The site's sections, in the order of the top bar. */
export const SECTIONS: {
	route: '/' | '/underspending/' | '/indicators/' | '/compare/' | '/data/' | '/import/';
	label: string;
	also?: string[];
}[] = [
	{ route: '/', label: '总览' },
	{ route: '/underspending/', label: '执行与结余' },
	{ route: '/indicators/', label: '指标分析' },
	{ route: '/compare/', label: '对比' },
	{ route: '/data/', label: '数据' },
	{ route: '/import/', label: '导入' }
];
