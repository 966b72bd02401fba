/**
 * Names that try to fool the eye or the code (tests/fixtures/e2e): a file named ‮gnp.txt and a
 * project with a right-to-left override inside; a form resubmitted in a second file with other
 * numbers; a warning code from the URL that names an Object.prototype property.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchedPage } from './browser.ts';
import { startSite, tableCaptioned, type Site } from './site.ts';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

let site: Site;
let data: WatchedPage;

/** Every row of a paged table, page by page. */
async function allRows(w: WatchedPage, caption: string): Promise<string[]> {
	const table = tableCaptioned(w, caption);
	await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
	const rows: string[] = [];
	for (;;) {
		rows.push(...(await table.locator('tbody tr').allInnerTexts()));
		const next = w.page.locator('section', { has: table }).getByRole('button', { name: /下一页/ });
		if (!(await next.count()) || (await next.isDisabled())) return rows;
		await next.click();
	}
}

beforeAll(async () => {
	site = await startSite();
	data = await site.open('data/');
	await data.page.getByText('数据版本').first().waitFor({ timeout: 60_000 });
});
afterAll(() => site?.close());

describe('a file named with a right-to-left override', () => {
	it('shows on 数据 with the override written out, not as txt.png', async () => {
		const rows = await allRows(data, '源文件');
		expect(rows.some((r) => r.includes('e2e/[U+202E]gnp.txt'))).toBe(true);
		expect(rows.some((r) => r.includes('txt.png'))).toBe(false);
	});

	it('leaves no bidirectional control anywhere on the page', async () => {
		expect(await data.page.locator('body').innerText()).not.toMatch(BIDI);
	});
});

describe('a project name holding a right-to-left override', () => {
	let project: WatchedPage;
	beforeAll(async () => {
		const [row] = await site.db.query<{ form_id: number }>({
			sql: 'SELECT form_id FROM forms WHERE project = ?',
			params: ['双向测试项目abc']
		});
		project = await site.open(`project/?id=${row!.form_id}`);
		await project.page.locator('h1', { hasText: '双向测试项目abc' }).waitFor({ timeout: 60_000 });
	});

	it('reads in order on its page, the override removed', async () => {
		const body = await project.page.locator('body').innerText();
		expect(body).toContain('双向测试项目abc');
		expect(body).not.toMatch(BIDI);
	});

	it('says so in the form’s warnings', async () => {
		// the warnings table loads when the page first asks for it: wait for its answer
		await expect
			.poll(() => project.page.locator('body').innerText(), { timeout: 60_000 })
			.toContain('名称含双向控制字符');
	});

	it('is shown isolated from the text around it', async () => {
		const isolation = await project.page
			.locator('h1')
			.first()
			.evaluate((e) => getComputedStyle(e).unicodeBidi);
		expect(isolation).toBe('isolate');
	});
});

describe('the same project and year in two files', () => {
	it('lists the one left out on 数据 as superseded, with the reason and the file kept', async () => {
		const rows = await allRows(data, '被替代的表单');
		const row = rows.find((r) => r.includes('e2e/conflict-b.txt'));
		expect(row).toContain('重复提交测试项目');
		expect(row).toContain('e2e/conflict-a.txt 第 1 张');
		expect(row).toContain('保留校验提示较少的一张');
	});

	it('counts it once in the dataset', async () => {
		const [row] = await site.db.query<{ n: number }>({
			sql: 'SELECT count(*)::INTEGER AS n FROM forms WHERE project = ?',
			params: ['重复提交测试项目']
		});
		expect(row?.n).toBe(1);
	});
});

describe('a warning code from the URL that names a prototype property', () => {
	it.each(['constructor', '__proto__', 'toString'])(
		'?code=%s reads as an unknown kind',
		async (code) => {
			const w = await site.open(`data/?code=${code}`);
			await w.page.getByText('数据版本').first().waitFor({ timeout: 60_000 });
			const caption = w.page.locator('caption').first();
			await expect.poll(() => caption.innerText()).toContain(`其他问题（${code}）`);
			expect(await w.page.locator('body').innerText()).not.toContain('function');
		}
	);
});

describe('these pages', () => {
	it('ask nothing of the internet and log no errors', () => {
		for (const w of site.opened) {
			expect(w.outside).toEqual([]);
			expect(w.errors).toEqual([]);
		}
	});
});
