/**
 * The file `budgetlens generate` leaves in the folders it writes (cli/generate.ts): ours, not an
 * input, so a folder walk (cli/input-files.ts) passes over it rather than report it skipped. A
 * module of its own: the generator then needs none of the readers the folder walk brings in.
 */
export const DEMO_MARKER = '.budgetlens-demo';
