import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/lib/parsing/index.ts';
import { fixture } from './helpers.ts';
import { seedText } from '../helpers/inputs.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// A hang guard, not a speed target (that is `npm run bench:parse`): generous, as this runs on
// busy machines where a parse that takes 20 ms alone can take a hundred times longer.
const MAX_MS_PER_INPUT = 20_000;

const seeds = [
	seedText(),
	fixture('shanghai-two-forms.txt'),
	fixture('web-table.txt'),
	fixture('glued.txt'),
	fixture('sichuan.txt'),
	fixture('anhui.txt'),
	fixture('hubei.txt')
];
const JUNK = [
	'—',
	'|',
	'%',
	'总分',
	'项目名称',
	'绩',
	'10 10',
	'=100%',
	'其中:',
	'\u0000',
	'１２',
	'≧',
	'  ',
	'\n\n'
];

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.nat().map(
		(k): Mutation =>
			(l) =>
				l.filter((_, i) => i !== k % Math.max(1, l.length))
	),
	fc.nat().map(
		(k): Mutation =>
			(l) =>
				l.flatMap((x, i) => (i === k % Math.max(1, l.length) ? [x, x] : [x]))
	),
	fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (l) => {
		const out = l.slice();
		const [i, j] = [a % Math.max(1, l.length), b % Math.max(1, l.length)];
		[out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
		return out;
	}),
	fc.tuple(fc.nat(), fc.constantFrom(...JUNK)).map(([k, junk]): Mutation => (l) => {
		const out = l.slice();
		out.splice(k % (l.length + 1), 0, junk);
		return out;
	}),
	fc.nat().map(
		(k): Mutation =>
			(l) =>
				l.slice(0, k % (l.length + 1))
	),
	fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(
		([k, s]): Mutation =>
			(l) =>
				l.map((x, i) =>
					i === k % Math.max(1, l.length)
						? x.slice(0, x.length >> 1) + s + x.slice(x.length >> 1)
						: x
				)
	)
);
const encoding = fc.constantFrom('utf8', 'utf16le-bom', 'latin1-wrong', 'bom-only-bytes');

function encode(text: string, how: string): Uint8Array {
	if (how === 'utf16le-bom') {
		const out = new Uint8Array(2 + text.length * 2);
		out.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
			out[3 + 2 * i] = text.charCodeAt(i) >> 8;
		}
		return out;
	}
	// wrongly re-encoded: each UTF-16 code unit truncated to a byte
	if (how === 'latin1-wrong') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
	const bytes = new TextEncoder().encode(text);
	return how === 'bom-only-bytes'
		? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes.subarray(0, bytes.length >> 1)])
		: bytes;
}

describe('parseFile under mutated input', () => {
	it(
		'never throws, answers in bounded time, and yields records or a named error',
		() => {
			let caught = 0;
			let firstFailure = '';
			fc.assert(
				fc.property(
					fc.nat({ max: seeds.length - 1 }),
					fc.array(mutation, { minLength: 1, maxLength: 6 }),
					encoding,
					(which, mutations, how) => {
						let lines = (seeds[which] ?? '').split('\n');
						for (const m of mutations) lines = m(lines);
						const bytes = encode(lines.join('\n'), how);
						const started = performance.now();
						const result = parseFile(bytes, 'fuzz.txt');
						expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
						// records, or an error naming the file; every error names the file
						if (result.records.length === 0) expect(result.errors.length).toBeGreaterThan(0);
						expect(result.errors.every((e) => e.startsWith('fuzz.txt:'))).toBe(true);
						// a failure the parser caught is counted (and printed below), not a test failure
						const failures = result.errors.filter((e) => e.includes('parser failure'));
						caught += failures.length;
						if (failures.length && !firstFailure)
							firstFailure = `${failures[0]}\n--- input ---\n${lines.join('\n')}`;
						for (const record of result.records) expect(record.source.file).toBe('fuzz.txt');
					}
				),
				{ numRuns: RUNS }
			);
			console.info(`fuzz: ${RUNS} inputs`);
			if (caught)
				console.warn(
					`fuzz: ${caught} of ${RUNS} inputs hit a parser failure it caught\n${firstFailure}`
				);
		},
		// about 20 ms a case alone; room for a machine many times slower
		Math.max(600_000, RUNS * 40)
	);
});
