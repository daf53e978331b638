import { type Config, ConfigError } from '../config.js';
import { log, redact } from '../log.js';
import { normaliseToken } from './rest.js';

/**
 * Entry-point runner for the bot's scripts, like src/cli/main.ts but without importing the engine up front, so a
 * missing or rejected token is reported in about a second. Errors a person can act on become one line on stderr
 * ("bron: …") and a non-zero exit; anything else is logged in full first.
 */
export function fail(message: string, code = 1): never {
  process.stderr.write(`bron: ${redact(message)}\n`);
  process.exit(code);
}

/** The bot token of both entry points (npm start, start:sharded), or exit 2 with what to do. */
export function requireToken(config: Pick<Config, 'DISCORD_TOKEN'>): string {
  const raw = config.DISCORD_TOKEN?.trim();
  if (!raw)
    fail('DISCORD_TOKEN is not set; put the bot token in .env or the environment (see src/discord/README.md)', 2);
  return normaliseToken(raw);
}

/** Errors whose message is meant for the person running the bot (matched by name, to avoid loading their modules). */
const USER_ERRORS: Record<string, number> = {
  TokenRejectedError: 1,
  DiscordSetupError: 1,
  CommandLoadError: 1,
  EmbedderLoadError: 1,
  CorpusDirError: 1,
  ReindexBusyError: 3,
};

export function run(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) fail(err.message, 2);
    const name = (err as Error)?.name;
    if (name && name in USER_ERRORS) fail((err as Error).message, USER_ERRORS[name]);
    log.error({ err }, 'unexpected error');
    fail(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
  });
}
