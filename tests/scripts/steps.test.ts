import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputHash, isFresh, markDone, moduleClosure, type Step } from '../../scripts/steps.ts';

let root: string;
const step: Step = {
	name: 'site',
	command: 'build it',
	inputs: ['src', 'config.js'],
	exclude: ['src/copied'],
	outputs: ['out/index.html']
};
const write = (path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'steps-'));
	write('src/a.ts', 'a');
	write('src/b/c.ts', 'c');
	write('config.js', 'x');
	write('out/index.html', '<html>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a build step', () => {
	it('is not fresh before it ran', () =>
		expect(isFresh(step, inputHash(step, root), root)).toBe(false));

	it('is fresh after it ran on the same inputs', () => {
		markDone(step, inputHash(step, root), root);
		expect(isFresh(step, inputHash(step, root), root)).toBe(true);
	});

	it('runs again when a file in an input folder changes', () => {
		markDone(step, inputHash(step, root), root);
		write('src/b/c.ts', 'changed');
		expect(isFresh(step, inputHash(step, root), root)).toBe(false);
	});

	it('runs again when an input file is added', () => {
		markDone(step, inputHash(step, root), root);
		write('src/new.ts', '');
		expect(isFresh(step, inputHash(step, root), root)).toBe(false);
	});

	it('runs again when its output is gone', () => {
		markDone(step, inputHash(step, root), root);
		rmSync(join(root, 'out'), { recursive: true });
		expect(isFresh(step, inputHash(step, root), root)).toBe(false);
	});

	it('runs again when its command changes', () => {
		markDone(step, inputHash(step, root), root);
		const other = { ...step, command: 'build it differently' };
		expect(isFresh(other, inputHash(other, root), root)).toBe(false);
	});

	it('ignores changes under an excluded path', () => {
		markDone(step, inputHash(step, root), root);
		write('src/copied/wasm', 'new bytes');
		expect(isFresh(step, inputHash(step, root), root)).toBe(true);
	});
});

describe('moduleClosure', () => {
	it('follows static and dynamic relative imports from the CLI', () => {
		const closure = moduleClosure('src/cli/main.ts');
		expect(closure).toContain('src/cli/generate.ts'); // import('./generate.ts')
		expect(closure).toContain('src/lib/parsing/index.ts');
		expect(closure).toContain('src/lib/dataset/manifest.ts');
	});

	it('leaves out what the entry does not import', () =>
		expect(moduleClosure('src/cli/generate.ts')).not.toContain('src/lib/parsing/index.ts'));
});

describe('the inputs of a build step', () => {
	it('are hashed without opening a FIFO, following a link loop or failing on a dangling link', () => {
		write('src/forms/a.txt', 'a');
		spawnSync('mkfifo', [join(root, 'src/forms/pipe.txt')]);
		symlinkSync('nowhere.txt', join(root, 'src/forms/dangling.txt'));
		symlinkSync('..', join(root, 'src/forms/up'));
		// in a child process: reading a FIFO would block this one for good
		const script = `import { inputHash } from ${JSON.stringify(join(process.cwd(), 'scripts/steps.ts'))};
			console.log(inputHash(${JSON.stringify(step)}, ${JSON.stringify(root)}));`;
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', '--input-type=module', '-e', script],
			{
				encoding: 'utf8',
				timeout: 60_000
			}
		);
		expect(child.stderr).toBe('');
		expect(child.stdout.trim()).toMatch(/^[0-9a-f]{64}$/);
	});
});
