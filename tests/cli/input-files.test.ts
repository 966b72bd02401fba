import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_MARKER } from '../../src/cli/demo-marker.ts';
import { listInputs } from '../../src/cli/input-files.ts';
import { tempDir } from './run.ts';

describe('listInputs', () => {
	const dir = tempDir('inputs');
	const demo = join(dir, 'demo');
	mkdirSync(join(demo, '2021'), { recursive: true });
	writeFileSync(join(demo, DEMO_MARKER), '{}\n');
	writeFileSync(join(demo, '2021', 'a.txt'), '项目名称 甲\n');
	writeFileSync(join(demo, 'notes.md'), '# notes\n');

	it('passes over the demo generator’s own marker, and lists another unread file as skipped', () => {
		expect(listInputs([demo]).map(({ name, skipped }) => ({ name, skipped }))).toEqual([
			{ name: 'demo/2021/a.txt', skipped: undefined },
			{ name: 'demo/notes.md', skipped: 'the build does not read .md files' }
		]);
	});
});
