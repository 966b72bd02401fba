/** The site's sections, in the order of the top bar. */
export const SECTIONS: { route: '/'; label: string; also?: string[] }[] = [
	{ route: '/', label: '总览' }
];
