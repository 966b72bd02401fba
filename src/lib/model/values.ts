/**
 * The values that cross every layer: a cell of a query's result (DECIMAL as a decimal string,
 * BIGINT as a number when safe, else a string) and a bound parameter.
 */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
export type Param = string | number | boolean | null;
