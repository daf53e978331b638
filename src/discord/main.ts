import 'dotenv/config';
import { loadConfig } from '../config.js';
import { log } from '../log.js';
import { checkToken, normaliseToken } from './rest.js';
import { fail, run } from './run.js';
import { shardDataDir, shardIdentity } from './shards.js';

/**
 * `npm start`: config → token check → engine → bot, and a clean shutdown on SIGTERM/SIGINT. Also the per-shard
 * process of `npm run start:sharded` (src/discord/sharded.ts), which discord.js's ShardingManager forks once per shard.
 */
run(async () => {
  const config = loadConfig();
  const raw = config.DISCORD_TOKEN?.trim();
  if (!raw)
    fail('DISCORD_TOKEN is not set; put the bot token in .env or the environment (see src/discord/README.md)', 2);
  const token = normaliseToken(raw);
  // One cheap request first, so a bad token is reported before the engine and index load.
  await checkToken(token, config.DISCORD_API_BASE);

  const [{ Engine }, { Bot }] = await Promise.all([import('../engine.js'), import('./bot.js')]);
  const engine = await Engine.open(config);
  const shard = shardIdentity();
  const bot = new Bot({ engine, config, dataDir: shardDataDir(config.DATA_DIR, shard) });

  let stopping = false;
  /** A second signal exits at once; a stop asked for by the sharding manager (or its loss) never forces. */
  const shutdown = (signal: string, force = true) => {
    if (stopping) {
      if (!force) return;
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
  if (shard && process.send) {
    // Under npm run start:sharded: the manager asks its shards to stop over IPC (a terminal's Ctrl-C may also have
    // signalled them directly); a shard whose manager is gone (killed outright) stops too, instead of running orphaned.
    process.on('message', (m) => {
      if ((m as { bronStop?: boolean } | null)?.bronStop) shutdown('stop asked by the sharding manager', false);
    });
    process.on('disconnect', () => shutdown('sharding manager gone', false));
    if (!process.connected) shutdown('sharding manager gone', false);
  }

  await bot.start(token);
});
