import 'dotenv/config';
import { Events } from 'discord.js';
import { loadConfig } from '../config.js';
import { log } from '../log.js';
import { checkToken } from './rest.js';
import { fail, requireToken, run } from './run.js';
import { shardDataDir, shardIdentity } from './shards.js';
import { parseUsage } from './usage.js';

/**
 * `npm start`: config → token check → engine → bot, and a clean shutdown on SIGTERM/SIGINT. Also the per-shard
 * process of `npm run start:sharded` (src/discord/sharded.ts), which discord.js's ShardingManager forks once per shard.
 */
parseUsage(
  'npm start --',
  'Runs the Discord bot: loads (or builds) the index, logs in, answers mentions and slash commands, watches the ' +
    'corpus folder. SIGTERM or Ctrl-C stops it cleanly (answers in progress finish first, at most 10 s).',
  'Reads DISCORD_TOKEN (required), DISCORD_API_BASE, REPLY_MODE, ALLOWED_CHANNELS, ANNOUNCE_CHANNEL_ID, ' +
    'WATCH_CORPUS,\n' +
    'DATA_DIR, CORPUS_DIR, INDEX_DIR and the engine settings. `npm run dev` runs the same from the TypeScript sources.',
);

run(async () => {
  const config = loadConfig();
  const token = requireToken(config);
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
  // A gateway close discord.js does not recover from (a revoked token, bad intents): stop as on SIGTERM (answers in
  // flight finished, stats and feedback written), then one line and a non-zero exit, so a supervisor notices.
  bot.client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    stopping = true;
    const why = FATAL_CLOSE[event.code] ?? `Discord closed the gateway connection for good (close code ${event.code})`;
    log.error({ code: event.code }, why);
    const end = () => fail(why, 1);
    bot.stop().then(end, end);
  });
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

/** Gateway close codes after which discord.js gives up, phrased as what to do. */
const FATAL_CLOSE: Record<number, string> = {
  4004:
    'Discord closed the gateway: authentication failed (4004), the token was revoked or reset; ' +
    'copy the new token from the developer portal (Bot tab) into DISCORD_TOKEN',
  4010: 'Discord closed the gateway: invalid shard (4010); check DISCORD_SHARD_COUNT',
  4011:
    'Discord closed the gateway: sharding required (4011), the bot is in too many servers for one connection; ' +
    'use npm run start:sharded',
  4012: 'Discord closed the gateway: invalid API version (4012); update discord.js',
  4013: 'Discord closed the gateway: invalid intents (4013)',
  4014:
    'Discord closed the gateway: disallowed intents (4014); ' +
    'enable the Message Content intent in the developer portal (Bot tab) or set DISCORD_MESSAGE_CONTENT=false',
};
