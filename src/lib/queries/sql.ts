/**
 * Small builders for exact SQL arithmetic. DuckDB divides DECIMALs in DOUBLE, which turns
 * 185.91 / 2 into 92.9549999… and rounds it to 92.95: these helpers divide in integers instead.
 * Arguments are SQL fragments written by our own code, never user values.
 */

/**
 * SQL for `num / den` rounded half away from zero to `places` decimals, computed exactly for
 * DECIMAL inputs with at most 4 decimals; NULL when `den` is NULL or 0. Returns DECIMAL(38, places).
 */
export function divRound(num: string, den: string, places: number): string {
	if (!Number.isInteger(places) || places < 0 || places > 8) throw new Error('places out of range');
	const n = `CAST((${num}) * 10000 AS HUGEINT)`;
	const d = `CAST((${den}) * 10000 AS HUGEINT)`;
	const scale = '1' + '0'.repeat(places);
	const unit = places === 0 ? '1' : '0.' + '0'.repeat(places - 1) + '1';
	return (
		`(CASE WHEN (${den}) IS NULL OR (${den}) = 0 OR (${num}) IS NULL THEN NULL ELSE ` +
		`CAST(sign(${n}) * sign(${d}) * ((2 * abs(${n}) * ${scale} + abs(${d})) // (2 * abs(${d}))) AS DECIMAL(38,0)) * ${unit} END)`
	);
}

/** SQL for the mean of a DECIMAL column, exact, rounded half away from zero. */
export function meanRound(column: string, places: number): string {
	return divRound(`sum(${column})`, `count(${column})`, places);
}
