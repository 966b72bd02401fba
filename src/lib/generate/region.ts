/**
 * The demo's second region: county departments of other provinces, each publishing in its
 * province's template (domain.md §3) and reaching us in one extraction, so the dashboard shows
 * the mix a provincial finance department really receives. County names are public facts.
 */
import type { Department } from './departments.ts';
import type { FieldId } from './fields.ts';
import { layoutOf, type Extraction, type TemplateCode } from './templates/codes.ts';

/** A department whose forms all come in one template and extraction. */
export interface RegionDepartment extends Department {
	layout: string;
}

/** County-level bureau names (县级机构) per field. */
const COUNTY_BUREAU: Record<FieldId, string> = {
	education: '教育局',
	health: '卫生健康局',
	labour: '人力资源和社会保障局',
	civil: '民政局',
	culture: '文化和旅游局',
	sports: '文化旅游体育局',
	security: '司法局',
	emergency: '应急管理局',
	economy: '发展和改革局',
	science: '科学技术局',
	admin: '人民政府办公室',
	construction: '住房和城乡建设局',
	agriculture: '农业农村局',
	water: '水利局',
	ecology: '生态环境分局',
	transport: '交通运输局',
	market: '市场监督管理局'
};

/** The central ministry over each field (中央主管部门 of transfer payments). */
export const MINISTRY: Record<FieldId, string> = {
	education: '教育部',
	health: '国家卫生健康委员会',
	labour: '人力资源和社会保障部',
	civil: '民政部',
	culture: '文化和旅游部',
	sports: '国家体育总局',
	security: '司法部',
	emergency: '应急管理部',
	economy: '国家发展和改革委员会',
	science: '科学技术部',
	admin: '财政部',
	construction: '住房和城乡建设部',
	agriculture: '农业农村部',
	water: '水利部',
	ecology: '生态环境部',
	transport: '交通运输部',
	market: '国家市场监督管理总局'
};

type County = [province: string, county: string, template: TemplateCode, extraction: Extraction];

/**
 * Counties in the order their departments are added, each in its province's template and an
 * extraction the parser reads in full (tests/generate/matrix.test.ts).
 */
const COUNTIES: County[] = [
	['四川省', '蓬溪县', 'SC', 'pipes'],
	['安徽省', '怀远县', 'AH', 'pipes'],
	['云南省', '弥勒市', 'MOF+', 'pipes'],
	['云南省', '陆良县', 'Y20', 'pipes'],
	['山西省', '襄汾县', 'MOF', 'pipes'],
	['湖南省', '攸县', 'DEPT', 'pipes'],
	['四川省', '苍溪县', 'TP', 'pipes'],
	['湖南省', '茶陵县', 'TPC', 'pipes'],
	['宁夏回族自治区', '西吉县', 'NX0', 'pipes'],
	['宁夏回族自治区', '永宁县', 'NX4', 'pipes'],
	['河北省', '临漳县', 'HE', 'pipes'],
	['四川省', '射洪市', 'SC', 'pipes']
];
const FIELD_CYCLE: FieldId[] = [
	'education',
	'agriculture',
	'health',
	'water',
	'civil',
	'transport',
	'culture',
	'economy'
];

/** Lists `count` departments of the second region: each county's bureaus, county by county. */
export function listRegionDepartments(count: number): RegionDepartment[] {
	const out: RegionDepartment[] = [];
	for (let i = 0; out.length < count; i++) {
		const [, county, template, extraction] = COUNTIES[i % COUNTIES.length]!;
		const round = Math.floor(i / COUNTIES.length);
		const field = FIELD_CYCLE[(i + round * 3) % FIELD_CYCLE.length]!;
		out.push({
			name: `${county}${COUNTY_BUREAU[field]}`,
			slug: `county-${i + 1}-${field}`,
			field,
			scale: 'small',
			pace: i % 5 === 0 ? 'slow' : 'normal',
			units: [],
			layout: layoutOf(template, extraction)
		});
	}
	return out;
}
