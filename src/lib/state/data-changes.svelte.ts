/**
 * The dataset's changes in this browser (uploads added or removed): queries and pages that
 * read `version` run again when it moves.
 */
export const dataChanges = $state({ version: 0 });

/** Marks the data changed: every live query asks again. */
export function dataChanged(): void {
	dataChanges.version++;
}
