/**
 * The ruling lines of a PDF page: the strokes and thin filled rectangles its operator list
 * draws, in page coordinates (points, y up), axis-aligned ones only. Table borders are drawn
 * this way by Chromium (filled rectangles), LibreOffice, WPS and Excel (strokes).
 */

/** A horizontal (`y` fixed, from `a` to `b` in x) or vertical (`x` fixed, `a`–`b` in y) line. */
export interface Segment {
	horizontal: boolean;
	at: number;
	a: number;
	b: number;
}

/** The operator codes used here (pdfjs OPS). */
export interface PathOps {
	save: number;
	restore: number;
	transform: number;
	constructPath: number;
	rectangle: number;
	moveTo: number;
	lineTo: number;
	curveTo: number;
	curveTo2: number;
	curveTo3: number;
	closePath: number;
	endPath: number;
	stroke: number;
	closeStroke: number;
	fill: number;
	eoFill: number;
	fillStroke: number;
	eoFillStroke: number;
	closeFillStroke: number;
	closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
	return [
		m[0] * n[0] + m[2] * n[1],
		m[1] * n[0] + m[3] * n[1],
		m[0] * n[2] + m[2] * n[3],
		m[1] * n[2] + m[3] * n[3],
		m[0] * n[4] + m[2] * n[5] + m[4],
		m[1] * n[4] + m[3] * n[5] + m[5]
	];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
	m[0] * x + m[2] * y + m[4],
	m[1] * x + m[3] * y + m[5]
];

function boundingBox(lines: [number, number, number, number][]): [number, number, number, number] {
	const xs = lines.flatMap(([x1, , x2]) => [x1, x2]);
	const ys = lines.flatMap(([, y1, , y2]) => [y1, y2]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Thicker than this (points), a filled rectangle is a shaded area, not a line. */
const LINE_WIDTH = 3;

/** Reads the ruling segments from a page's operator list (`fnArray`, `argsArray`). */
export function readRulings(fnArray: number[], argsArray: unknown[], ops: PathOps): Segment[] {
	const segments: Segment[] = [];
	const stack: Matrix[] = [];
	let ctm: Matrix = IDENTITY;
	let rects: [number, number, number, number][] = [];
	let lines: [number, number, number, number][] = [];
	const strokes = new Set([
		ops.stroke,
		ops.closeStroke,
		ops.fillStroke,
		ops.eoFillStroke,
		ops.closeFillStroke,
		ops.closeEOFillStroke
	]);
	const fills = new Set([ops.fill, ops.eoFill]);
	const addLine = (x1: number, y1: number, x2: number, y2: number) => {
		if (Math.abs(y1 - y2) < 0.5)
			segments.push({
				horizontal: true,
				at: (y1 + y2) / 2,
				a: Math.min(x1, x2),
				b: Math.max(x1, x2)
			});
		else if (Math.abs(x1 - x2) < 0.5)
			segments.push({
				horizontal: false,
				at: (x1 + x2) / 2,
				a: Math.min(y1, y2),
				b: Math.max(y1, y2)
			});
	};
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		if (fn === ops.save) stack.push(ctm);
		else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
		else if (fn === ops.transform) ctm = multiply(ctm, argsArray[i] as Matrix);
		else if (fn === ops.constructPath) {
			const [pathOps, coords] = argsArray[i] as [number[], number[]];
			let k = 0;
			let current: [number, number] = [0, 0];
			let start: [number, number] = [0, 0];
			for (const op of pathOps) {
				if (op === ops.rectangle) {
					const [x = 0, y = 0, w = 0, h = 0] = coords.slice(k, k + 4);
					const [x1, y1] = apply(ctm, x, y);
					const [x2, y2] = apply(ctm, x + w, y + h);
					rects.push([Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)]);
					k += 4;
				} else if (op === ops.moveTo) {
					current = start = apply(ctm, coords[k] ?? 0, coords[k + 1] ?? 0);
					k += 2;
				} else if (op === ops.lineTo) {
					const next = apply(ctm, coords[k] ?? 0, coords[k + 1] ?? 0);
					lines.push([...current, ...next]);
					current = next;
					k += 2;
				} else if (op === ops.curveTo) k += 6;
				else if (op === ops.curveTo2 || op === ops.curveTo3) k += 4;
				else if (op === ops.closePath) {
					lines.push([...current, ...start]);
					current = start;
				}
			}
		} else if (strokes.has(fn ?? -1) || fills.has(fn ?? -1) || fn === ops.endPath) {
			if (strokes.has(fn ?? -1)) {
				for (const [x1, y1, x2, y2] of lines) addLine(x1, y1, x2, y2);
				for (const [x1, y1, x2, y2] of rects) {
					addLine(x1, y1, x2, y1);
					addLine(x1, y2, x2, y2);
					addLine(x1, y1, x1, y2);
					addLine(x2, y1, x2, y2);
				}
			} else if (fills.has(fn ?? -1)) {
				// a thin polygon filled (moveTo/lineTo…) is a rectangle too
				if (lines.length) rects.push(boundingBox(lines));
				for (const [x1, y1, x2, y2] of rects) {
					if (y2 - y1 <= LINE_WIDTH && x2 - x1 > y2 - y1)
						addLine(x1, (y1 + y2) / 2, x2, (y1 + y2) / 2);
					else if (x2 - x1 <= LINE_WIDTH && y2 - y1 > x2 - x1)
						addLine((x1 + x2) / 2, y1, (x1 + x2) / 2, y2);
				}
			}
			rects = [];
			lines = [];
		}
	}
	return segments;
}
