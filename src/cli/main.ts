/** The `budgetlens` command: dispatches to one module per subcommand. */
const USAGE = `usage:
  budgetlens parse PATH...                              print form records as JSON Lines
  budgetlens build [--out DIR] PATH... [--demo PATH...] write the dataset the site loads
  budgetlens generate [--out DIR] [--seed N] ...        write a demo corpus of generated forms`;

export async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'parse':
			return (await import('./parse.ts')).runParse(rest);
		case 'build':
			return (await import('./build.ts')).runBuild(rest);
		case 'generate':
			return (await import('./generate.ts')).runGenerate(rest);
		default:
			process.stderr.write(USAGE + '\n');
			return command === undefined || command === '--help' ? 0 : 2;
	}
}
