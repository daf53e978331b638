import 'dotenv/config';
import { loadConfig } from '../config.js';
import { Engine } from '../engine.js';
import { log } from '../log.js';
import { fail, runMain } from '../cli/main.js';
import { createBot, TokenRejectedError } from './bot.js';
import { CommandLoadError } from './commands.js';
import { checkToken, DiscordSetupError, normaliseToken } from './rest.js';

/** `npm start`: config → token check → engine → bot, and a clean shutdown on SIGTERM/SIGINT. */
runMain(async () => {
  const config = loadConfig();
  const raw = config.DISCORD_TOKEN?.trim();
  if (!raw) fail('DISCORD_TOKEN is not set; put the bot token in .env or the environment (see src/discord/README.md)', 2);
  const token = normaliseToken(raw);
  try {
    await checkToken(token, config.DISCORD_API_BASE);
  } catch (err) {
    if (err instanceof DiscordSetupError) fail(err.message);
    throw err;
  }

  const engine = await Engine.open(config);
  const bot = createBot({ engine, config, dataDir: config.DATA_DIR });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      log.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    log.info(`${signal}: finishing answers in progress, then stopping`);
    bot.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  try {
    await bot.start(token);
  } catch (err) {
    if (err instanceof TokenRejectedError || err instanceof CommandLoadError) fail(err.message);
    throw err;
  }
});
