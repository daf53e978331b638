import { Command } from 'commander';

/**
 * `--help` (and `-h`) for the bot's scripts: prints what the script does and which settings it reads, and exits
 * before any configuration is loaded or anything starts. Unknown options are an error with a hint, as in the CLI.
 */
export function parseUsage(name: string, description: string, settings: string): void {
  new Command()
    .name(name)
    .description(description)
    .addHelpText('after', `\n${settings}\nAll settings: .env.example; set-up: src/discord/README.md.`)
    .showHelpAfterError('(run with --help for usage)')
    // Stray words are ignored, as before --help existed; an unknown --option is an error.
    .allowExcessArguments(true)
    .parse(process.argv);
}
