import { describe, expect, it } from 'vitest';
import { FIRST_UPLOADED_ID, uploadedIds } from '../../src/lib/db/upload-ids.ts';
import type { FormRecord } from '../../src/lib/model/form.ts';
import { smallCorpus } from '../helpers/dataset.ts';

const records = smallCorpus().slice(0, 6);
const upload = (file: string, forms: FormRecord[]) => ({
	file,
	records: forms.map((r, index) => ({ ...r, source: { ...r.source, file, index } }))
});
const a = upload('a.pdf', records.slice(0, 3));
const b = upload('b.xlsx', records.slice(3));

describe('uploadedIds', () => {
	it('gives every form an id of its own at or above FIRST_UPLOADED_ID, within INTEGER', () => {
		const ids = uploadedIds([a, b]).flat();
		expect(new Set(ids).size).toBe(6);
		for (const id of ids) {
			expect(id).toBeGreaterThanOrEqual(FIRST_UPLOADED_ID);
			expect(id).toBeLessThanOrEqual(2 ** 31 - 1);
		}
	});

	it('gives a file’s forms the same ids whether an earlier upload is kept or removed', () => {
		expect(uploadedIds([b])[0]).toEqual(uploadedIds([a, b])[1]);
	});

	it('gives a form under another kept name, or with other content, another id', () => {
		const [[id]] = uploadedIds([a]) as [[number]];
		expect(uploadedIds([upload('a (2).pdf', records.slice(0, 1))])[0]![0]).not.toBe(id);
		const changed = { ...a.records[0]!, year: 1999 };
		expect(uploadedIds([{ file: 'a.pdf', records: [changed] }])[0]![0]).not.toBe(id);
	});

	it('moves a form whose id is taken to the next free one', () => {
		// forms with numbered project names until two hash alike (some 40,000 tries: the birthday bound)
		const seen = new Map<number, FormRecord>();
		const base = records[0]!;
		let pair: [FormRecord, FormRecord] | null = null;
		for (let n = 0; !pair; n++) {
			const r = { ...base, project: `项目${n}` };
			const [[id]] = uploadedIds([{ file: 'x.pdf', records: [r] }]) as [[number]];
			const before = seen.get(id);
			if (before) pair = [before, r];
			else seen.set(id, r);
		}
		const [[first, second]] = uploadedIds([{ file: 'x.pdf', records: pair }]) as [[number, number]];
		expect(second).toBe(first + 1);
	});
});
