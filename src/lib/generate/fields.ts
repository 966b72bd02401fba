/**
 * Content catalogs per field of work: project topics, goal phrases, service objects and
 * indicator templates. Plain data; `indicator-specs.ts` reads the template strings.
 *
 * Indicator template: `level2|name|op|values|unit`, where level2 is one of 数量 质量 时效 成本
 * 经济 社会 生态 可持续 满意; name may hold {t} (the project topic) and {b} (a service object);
 * op is `>=`, `<=`, `=`, `qual` (values: target words) or `date` (values: the deadline wording);
 * values are `a~b` (a range, drawn as round numbers) or a comma list.
 */
import { PUBLIC_FIELDS, type PublicField } from './fields-public.ts';
import { ECONOMY_FIELDS, type EconomyField } from './fields-economy.ts';

export type FieldId = PublicField | EconomyField;

export interface FieldCatalog {
	/** the district-level bureau of this field, e.g. 教育局 */
	bureau: string;
	/** project topics: a project's name is a topic plus a suffix */
	topics: string[];
	/** what the field's projects aim at, for the goal texts */
	aims: string[];
	/** service objects (服务对象) for satisfaction indicators */
	beneficiaries: string[];
	/** indicator templates (see the module comment) */
	indicators: string[];
}

/** Project-name suffixes, shared by all fields. */
export const PROJECT_SUFFIXES = ['专项', '项目', '经费', '专项经费', '工作经费', '专项资金'];

/** Topics and indicators every department can have (operations, IT, buildings). */
export const COMMON: FieldCatalog = {
	bureau: '',
	topics: [
		'信息系统运行维护',
		'政务信息化建设',
		'办公用房维修改造',
		'业务培训',
		'政策宣传',
		'课题研究',
		'档案数字化',
		'安全保卫服务',
		'网络安全等级保护',
		'数据中心运维'
	],
	aims: ['保障机关正常运转和各项业务工作顺利开展', '提升信息化支撑能力和政务服务水平'],
	beneficiaries: ['使用部门', '业务人员'],
	indicators: [
		'数量|{t}任务完成率|=|100|%',
		'数量|{t}覆盖单位数|>=|5~60|个',
		'质量|{t}验收合格率|=|100|%',
		'质量|系统正常运行率|>=|95,98,99|%',
		'时效|{t}完成及时率|=|100|%',
		'时效|{t}按期完成|date|前完成',
		'时效|故障响应时间|<=|2,4,24|小时',
		'成本|{t}成本控制率|<=|100|%',
		'社会|{t}服务保障水平|qual|稳步提升,有效保障,显著提升',
		'可持续|长效管理机制|qual|健全,逐步完善,持续运行',
		'满意|{b}满意度|>=|85,90,95|%'
	]
};

/** Every field's catalog. */
export const FIELDS: Record<FieldId, FieldCatalog> = { ...PUBLIC_FIELDS, ...ECONOMY_FIELDS };
