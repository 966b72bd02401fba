/**
 * The demo corpus's supervising departments (主管部门): Shanghai municipal departments, whose
 * names are public facts, each with its field of work and two traits that shape its forms.
 * `scale` sets the budget range, `pace` how often its projects underspend.
 */
import type { FieldId } from './fields.ts';

export type DepartmentScale = 'small' | 'medium' | 'large';
export type DepartmentPace = 'fast' | 'normal' | 'slow';

export interface Department {
	name: string;
	/** ASCII slug used in file names */
	slug: string;
	field: FieldId;
	scale: DepartmentScale;
	pace: DepartmentPace;
	/** subordinate implementing units (实施单位) besides the department itself */
	units: string[];
}

type Row = [string, string, FieldId, DepartmentScale, DepartmentPace, string?];

// name, slug, field, scale, pace, subordinate units separated by '/'
const ROWS: Row[] = [
	[
		'上海市教育委员会',
		'education',
		'education',
		'large',
		'normal',
		'上海市教育考试院/上海市教育委员会信息中心/上海市学生资助管理中心'
	],
	[
		'上海市卫生健康委员会',
		'health',
		'health',
		'large',
		'normal',
		'上海市疾病预防控制中心/上海市卫生健康委员会监督所/上海市医疗急救中心'
	],
	[
		'上海市交通委员会',
		'transport',
		'transport',
		'large',
		'slow',
		'上海市交通委员会执法总队/上海市城市综合交通规划研究所'
	],
	[
		'上海市人力资源和社会保障局',
		'hrss',
		'labour',
		'large',
		'normal',
		'上海市职业技能鉴定中心/上海市就业促进中心'
	],
	[
		'上海市民政局',
		'civil-affairs',
		'civil',
		'medium',
		'normal',
		'上海市社会福利中心/上海市养老服务发展中心'
	],
	[
		'上海市文化和旅游局',
		'culture-tourism',
		'culture',
		'medium',
		'normal',
		'上海图书馆/上海博物馆/上海市文化和旅游局执法总队'
	],
	[
		'上海市生态环境局',
		'ecology',
		'ecology',
		'medium',
		'normal',
		'上海市环境监测中心/上海市固体废物与化学品管理技术中心'
	],
	[
		'上海市公安局',
		'police',
		'security',
		'large',
		'fast',
		'上海市公安局交通警察总队/上海市公安局机关服务中心'
	],
	[
		'上海市发展和改革委员会',
		'ndrc',
		'economy',
		'medium',
		'normal',
		'上海市发展改革研究院/上海市节能监察中心'
	],
	[
		'上海市经济和信息化委员会',
		'economy-it',
		'economy',
		'large',
		'slow',
		'上海市中小企业发展服务中心/上海市信息化发展研究协会'
	],
	['上海市商务委员会', 'commerce', 'economy', 'medium', 'normal', '上海市国际贸易促进委员会'],
	[
		'上海市科学技术委员会',
		'science',
		'science',
		'large',
		'slow',
		'上海市科技人才发展中心/上海市科学技术委员会科技发展研究中心'
	],
	['上海市民族和宗教事务局', 'ethnic-religion', 'admin', 'small', 'fast', ''],
	[
		'上海市司法局',
		'justice',
		'security',
		'medium',
		'normal',
		'上海市法律援助中心/上海市司法局信息中心'
	],
	['上海市财政局', 'finance', 'admin', 'medium', 'fast', '上海市财政局信息中心/上海市财政监督局'],
	[
		'上海市规划和自然资源局',
		'planning',
		'construction',
		'large',
		'slow',
		'上海市测绘院/上海市地质调查研究院'
	],
	[
		'上海市住房和城乡建设管理委员会',
		'housing-construction',
		'construction',
		'large',
		'slow',
		'上海市建设工程安全质量监督总站/上海市住房和城乡建设管理委员会科学技术委员会事务中心'
	],
	[
		'上海市农业农村委员会',
		'agriculture',
		'agriculture',
		'medium',
		'normal',
		'上海市农业技术推广服务中心/上海市动物疫病预防控制中心'
	],
	['上海市水务局', 'water', 'water', 'large', 'slow', '上海市水文总站/上海市堤防泵闸建设运行中心'],
	['上海市退役军人事务局', 'veterans', 'civil', 'small', 'normal', '上海市退役军人服务中心'],
	['上海市应急管理局', 'emergency', 'emergency', 'medium', 'normal', '上海市安全生产科学研究所'],
	['上海市审计局', 'audit', 'admin', 'small', 'fast', '上海市审计局计算机技术中心'],
	['上海市国有资产监督管理委员会', 'sasac', 'economy', 'small', 'normal', ''],
	[
		'上海市市场监督管理局',
		'market',
		'market',
		'large',
		'normal',
		'上海市质量监督检验技术研究院/上海市计量测试技术研究院'
	],
	[
		'上海市体育局',
		'sports',
		'sports',
		'medium',
		'normal',
		'上海市体育宣传教育中心/上海体育场馆管理有限公司'
	],
	['上海市统计局', 'statistics', 'admin', 'small', 'fast', '上海市统计局数据处理中心'],
	[
		'上海市医疗保障局',
		'medical-insurance',
		'health',
		'medium',
		'fast',
		'上海市医疗保险事业管理中心'
	],
	[
		'上海市绿化和市容管理局',
		'greening',
		'ecology',
		'large',
		'slow',
		'上海市园林科学规划研究院/上海市林业总站'
	],
	[
		'上海市机关事务管理局',
		'government-offices',
		'admin',
		'medium',
		'normal',
		'上海市机关事务管理局服务中心'
	],
	['上海市地方金融监督管理局', 'local-finance', 'economy', 'small', 'fast', ''],
	['上海市合作交流办公室', 'cooperation', 'economy', 'small', 'normal', ''],
	[
		'上海市人民政府外事办公室',
		'foreign-affairs',
		'admin',
		'small',
		'normal',
		'上海市人民对外友好协会'
	],
	['上海市人民政府侨务办公室', 'overseas-chinese', 'admin', 'small', 'fast', ''],
	['上海市人民政府研究室', 'research-office', 'admin', 'small', 'fast', ''],
	['上海市信访办公室', 'petitions', 'admin', 'small', 'normal', ''],
	[
		'上海市粮食和物资储备局',
		'grain-reserves',
		'agriculture',
		'medium',
		'normal',
		'上海市粮食和物资储备事务中心'
	],
	[
		'上海市监狱管理局',
		'prisons',
		'security',
		'medium',
		'normal',
		'上海市提篮桥监狱/上海市青浦监狱'
	],
	[
		'上海市戒毒管理局',
		'drug-rehabilitation',
		'security',
		'small',
		'normal',
		'上海市青东强制隔离戒毒所'
	],
	[
		'上海市药品监督管理局',
		'drug-administration',
		'market',
		'medium',
		'normal',
		'上海市食品药品检验研究院'
	],
	[
		'上海市知识产权局',
		'intellectual-property',
		'science',
		'small',
		'normal',
		'上海市知识产权服务中心'
	],
	[
		'上海市城市管理行政执法局',
		'city-management',
		'construction',
		'medium',
		'normal',
		'上海市城市管理行政执法局执法总队'
	],
	[
		'上海市房屋管理局',
		'housing',
		'construction',
		'medium',
		'slow',
		'上海市房地产交易中心/上海市住宅修缮工程管理中心'
	],
	['上海市民防办公室', 'civil-defence', 'emergency', 'small', 'slow', '上海市民防指挥信息保障中心'],
	['上海市档案局', 'archives', 'culture', 'small', 'normal', '上海市档案馆'],
	['上海市新闻出版局', 'press', 'culture', 'small', 'normal', '上海市新闻出版专项资金管理中心'],
	[
		'上海市消防救援总队',
		'fire-rescue',
		'emergency',
		'large',
		'normal',
		'上海市消防救援总队训练与战勤保障支队'
	],
	['上海市气象局', 'meteorology', 'science', 'medium', 'normal', '上海市气象信息与技术支持中心'],
	['上海市地震局', 'earthquake', 'emergency', 'small', 'normal', ''],
	[
		'上海市残疾人联合会',
		'disabled-persons',
		'civil',
		'medium',
		'normal',
		'上海市残疾人就业服务中心/上海市残疾人康复职业培训中心'
	],
	['上海市妇女联合会', 'women', 'civil', 'small', 'normal', ''],
	['共青团上海市委员会', 'youth-league', 'civil', 'small', 'normal', '上海市青少年活动中心'],
	['上海市总工会', 'trade-unions', 'labour', 'medium', 'normal', '上海市职工技术协会'],
	['上海市科学技术协会', 'science-association', 'science', 'small', 'normal', '上海科技馆'],
	['上海市文学艺术界联合会', 'arts-federation', 'culture', 'small', 'normal', ''],
	['上海市红十字会', 'red-cross', 'health', 'small', 'normal', '上海市红十字血液中心'],
	['上海市社会科学界联合会', 'social-sciences-federation', 'science', 'small', 'normal', ''],
	['上海社会科学院', 'academy-social-sciences', 'science', 'medium', 'normal', ''],
	[
		'上海市高级人民法院',
		'high-court',
		'security',
		'medium',
		'fast',
		'上海市第一中级人民法院/上海海事法院'
	],
	['上海市人民检察院', 'procuratorate', 'security', 'medium', 'fast', '上海市人民检察院第一分院'],
	['上海市道路运输管理局', 'road-transport', 'transport', 'medium', 'normal', ''],
	['上海市住房公积金管理中心', 'housing-fund', 'construction', 'small', 'fast', ''],
	['上海市工商业联合会', 'commerce-federation', 'economy', 'small', 'normal', '']
];

/** Shanghai's districts, for district-level departments when more departments are asked for. */
export const DISTRICTS = [
	'黄浦区',
	'徐汇区',
	'长宁区',
	'静安区',
	'普陀区',
	'虹口区',
	'杨浦区',
	'闵行区',
	'宝山区',
	'嘉定区',
	'浦东新区',
	'金山区',
	'松江区',
	'青浦区',
	'奉贤区',
	'崇明区'
] as const;

/** The municipal departments, in catalog order. */
export const DEPARTMENTS: readonly Department[] = ROWS.map(
	([name, slug, field, scale, pace, units]) => ({
		name,
		slug,
		field,
		scale,
		pace,
		units: units ? units.split('/') : []
	})
);
