/** The `budgetlens` command: dispatches to one module per subcommand. */
import { runParse } from './parse.ts';

const USAGE = `usage:
  budgetlens parse PATH...                 print form records as JSON Lines
  budgetlens build [--out DIR] PATH...     write the dataset the site loads`;

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'parse':
			return runParse(rest);
		default:
			process.stderr.write(USAGE + '\n');
			return command === undefined || command === '--help' ? 0 : 2;
	}
}
