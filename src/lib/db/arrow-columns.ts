/**
 * Arrow vectors built straight from column arrays. apache-arrow's generic builder
 * (vectorFromArray) took ~30 ms per 40,000-row column; laying the buffers out by hand takes a
 * fraction of that, which is most of the dataset's load time in the browser.
 */
import { Bool, Decimal, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

interface Validity {
	nullBitmap: Uint8Array;
	nullCount: number;
}

function validity(values: readonly unknown[]): Validity {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	for (let i = 0; i < values.length; i++) {
		if (values[i] == null) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	}
	return { nullBitmap, nullCount };
}

/**
 * UTF-8 strings from their bytes as the Parquet file stores them (decoding to JavaScript
 * strings and encoding back cost more than the rest of the load); null stays null.
 */
export function utf8Vector(values: readonly (Uint8Array | null | undefined)[]): Vector<Utf8> {
	const valueOffsets = new Int32Array(values.length + 1);
	let size = 0;
	for (let i = 0; i < values.length; i++) {
		size += values[i]?.length ?? 0;
		valueOffsets[i + 1] = size;
	}
	const data = new Uint8Array(size);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v) data.set(v, valueOffsets[i]!);
	}
	return makeVector(
		makeData({ type: new Utf8(), length: values.length, valueOffsets, data, ...validity(values) })
	);
}

/** 32-bit integers; null stays null. */
export function int32Vector(
	values: readonly (number | bigint | null | undefined)[]
): Vector<Int32> {
	const data = new Int32Array(values.length);
	for (let i = 0; i < values.length; i++) data[i] = Number(values[i] ?? 0);
	return makeVector(
		makeData({ type: new Int32(), length: values.length, data, ...validity(values) })
	);
}

/** Booleans; null stays null. */
export function boolVector(values: readonly (boolean | null | undefined)[]): Vector<Bool> {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	for (let i = 0; i < values.length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
	return makeVector(
		makeData({ type: new Bool(), length: values.length, data, ...validity(values) })
	);
}

const MASK_32 = 0xffffffffn;

/** DECIMAL(precision, scale) from unscaled integers (12345n at scale 2 is 123.45), exact. */
export function decimalVector(
	unscaled: readonly (bigint | null | undefined)[],
	precision: number,
	scale: number
): Vector<Decimal> {
	// Decimal128: four little-endian 32-bit words per value, two's complement.
	const data = new Uint32Array(unscaled.length * 4);
	for (let i = 0; i < unscaled.length; i++) {
		const v = unscaled[i];
		if (v == null) continue;
		const bits = BigInt.asUintN(128, v);
		for (let w = 0; w < 4; w++) data[i * 4 + w] = Number((bits >> BigInt(32 * w)) & MASK_32);
	}
	return makeVector(
		makeData({
			type: new Decimal(scale, precision, 128),
			length: unscaled.length,
			data,
			...validity(unscaled)
		})
	);
}
