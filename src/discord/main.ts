import 'dotenv/config';
import { loadConfig } from '../config.js';
import { log } from '../log.js';
import { checkToken, normaliseToken } from './rest.js';
import { fail, run } from './run.js';

/** `npm start`: config → token check → engine → bot, and a clean shutdown on SIGTERM/SIGINT. */
run(async () => {
  const config = loadConfig();
  const raw = config.DISCORD_TOKEN?.trim();
  if (!raw) fail('DISCORD_TOKEN is not set; put the bot token in .env or the environment (see src/discord/README.md)', 2);
  const token = normaliseToken(raw);
  // One cheap request first, so a bad token is reported before the engine and index load.
  await checkToken(token, config.DISCORD_API_BASE);

  const [{ Engine }, { createBot }] = await Promise.all([import('../engine.js'), import('./bot.js')]);
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

  await bot.start(token);
});
