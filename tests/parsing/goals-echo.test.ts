/** Planned and achieved goal texts glued with no boundary (OCR of a Word table), made-up inputs. */
import { describe, expect, it } from 'vitest';
import { cutGoals, echoCut } from '../../src/lib/parsing/goals.ts';
import { parseText } from '../../src/lib/parsing/index.ts';

const cutAt = (text: string) => {
	const at = echoCut(text);
	return at === null ? null : [text.slice(0, at), text.slice(at)];
};

/** echoCut as defined: at each place, the text before it searched for each pair after it. */
function echoCutByDefinition(text: string): number | null {
	let best: { at: number; share: number } | null = null;
	for (let at = 4; at <= text.length - 4; at++) {
		const before = text.slice(0, at);
		if (!before.includes(text.slice(at, at + 2))) continue;
		let echoed = 0;
		for (let k = at; k < text.length - 1; k++) if (before.includes(text.slice(k, k + 2))) echoed++;
		const share = echoed / (text.length - 1 - at);
		if (!best || share > best.share) best = { at, share };
	}
	if (!best || best.share < 0.2) return null;
	let cut = best.at;
	for (const m of text.matchAll(/[。；;！!？?](?=.)/g))
		if (Math.abs(m.index + 1 - best.at) < Math.abs(cut - best.at) || cut === best.at)
			if (Math.abs(m.index + 1 - best.at) <= 12) cut = m.index + 1;
	return cut;
}

describe('echoCut', () => {
	it('cuts as the definition does on 2,000 texts of few characters', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const texts = Array.from({ length: 2000 }, () =>
			Array.from(
				{ length: 2 + Math.floor(random() * 40) },
				() => '农村饮水安全。达标'[Math.floor(random() * 9)]
			).join('')
		);
		const differing = texts.filter((t) => echoCut(t) !== echoCutByDefinition(t));
		expect(differing).toEqual([]);
		// most texts are cut: the comparison is not between two nulls
		expect(texts.filter((t) => echoCut(t) !== null).length).toBeGreaterThan(1000);
	});

	it('cuts where the achieved text starts restating the plan', () =>
		expect(cutAt('保障全县农村饮水安全农村饮水安全全部达标')).toEqual([
			'保障全县农村饮水安全',
			'农村饮水安全全部达标'
		]));

	it('does not cut a text that repeats nothing', () =>
		expect(echoCut('完成道路硬化工程建设')).toBeNull());
});

describe('cutGoals', () => {
	it('cuts where the achieved text opens with the year, after the plan’s last sentence', () =>
		expect(
			cutGoals('做好学生资助各项工作，保障学生顺利完成学业。2021年，学生资助专项稳步推进。')
		).toEqual([22]));

	it('names the uncut text beside a lone sentence end when nothing decides', () =>
		expect(cutGoals('完成道路硬化。建设桥梁一座。')).toEqual([7, 14]));
});

// the whole form on one line, as OCR'd Word text reaches us ([F202]'s shape)
const FORM = [
	'2020年度县级专项资金绩效目标自评表',
	'专项资金名称示范县农村饮水工程负责人及电话×××县级主管部门示范县水利局实施单位示范县供水站',
	'项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额120120100%其他资金',
	'年度总体目标年初设定目标全年实际完成情况保障全县农村饮水安全农村饮水安全全部达标',
	'绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施',
	'产出指标数量指标新建供水管网长度20公里20公里'
].join('');

describe('a county special-funds form whose goal texts are glued', () => {
	const [form] = parseText(FORM, 'tpc.txt').records;

	it('reads the planned goal up to where the achieved text restates it', () =>
		expect(form?.goals).toEqual({
			target: '保障全县农村饮水安全',
			actual: '农村饮水安全全部达标'
		}));

	it('says the cut was a guess', () =>
		expect(form?.warnings.map((w) => w.code)).toContain('split_guess'));
});
