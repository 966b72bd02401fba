/**
 * Small builders for exact SQL arithmetic. DuckDB divides DECIMALs in DOUBLE, which turns
 * 185.91 / 2 into 92.9549999… and rounds it to 92.95: these helpers divide in integers instead.
 * Arguments are SQL fragments written by our own code, never user values.
 */

/**
 * SQL for `num / den` rounded half away from zero to `places` decimals, computed exactly for
 * DECIMAL inputs with at most 4 decimals; NULL when `den` is NULL or 0. Returns a DECIMAL.
 * The quotient is cut (toward zero) one digit past `places`, which decides the rounding
 * exactly; each argument appears once, so DuckDB plans it quickly.
 */
export function divRound(num: string, den: string, places: number): string {
	if (!Number.isInteger(places) || places < 0 || places > 8) throw new Error('places out of range');
	const extra = places + 1;
	const scale = '1' + '0'.repeat(extra);
	const unit = '0.' + '0'.repeat(extra - 1) + '1';
	return (
		`round(CAST(CAST((${num}) * 10000 AS HUGEINT) * ${scale} // ` +
		`CAST(NULLIF(${den}, 0) * 10000 AS HUGEINT) AS DECIMAL(38,0)) * ${unit}, ${places})`
	);
}

/** SQL for the mean of a DECIMAL column, exact, rounded half away from zero. */
export function meanRound(column: string, places: number): string {
	return divRound(`sum(${column})`, `count(${column})`, places);
}
