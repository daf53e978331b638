import 'dotenv/config';
import type { ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Routes, ShardingManager } from 'discord.js';
import { loadConfig } from '../config.js';
import { log } from '../log.js';
import { DiscordSetupError, explainRestError, restClient } from './rest.js';
import { fail, requireToken, run } from './run.js';
import { parseUsage } from './usage.js';

/**
 * `npm run start:sharded`: the bot through discord.js's ShardingManager, one process per shard, each running
 * src/discord/main.ts (its own gateway session, engine and counters; see src/discord/shards.ts). The shard count is
 * DISCORD_SHARD_COUNT, or with `auto` the count Discord recommends in GET /gateway/bot — asked here, of
 * DISCORD_API_BASE when set, which also checks the token before any shard starts (ShardingManager's own `auto` would
 * ask discord.com whatever the configuration says).
 */

/** The per-shard entry: main.ts next to this file (main.js once compiled). */
const SHARD_FILE = fileURLToPath(new URL(`./main${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** How long a stopping shard may take (it finishes answers in progress, up to 10 s) before it is killed. */
const STOP_GRACE_MS = 15_000;

async function recommendedShards(token: string, apiBase?: string): Promise<number> {
  try {
    const body = (await restClient(token, apiBase).get(Routes.gatewayBot())) as { shards?: unknown };
    const n = Number(body.shards);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  } catch (err) {
    const explained = explainRestError(err);
    if (explained) throw new DiscordSetupError(explained);
    throw new DiscordSetupError(
      `cannot reach Discord${apiBase ? ` at ${apiBase}` : ''}: ${(err as Error).message ?? String(err)}`,
    );
  }
}

parseUsage(
  'npm run start:sharded --',
  "Runs the Discord bot as one process per shard through discord.js's ShardingManager. SIGTERM stops every shard.",
  'Reads DISCORD_TOKEN (required), DISCORD_SHARD_COUNT (auto or a number), DISCORD_SHARD_SPAWN_DELAY_MS,\n' +
    'DISCORD_SHARD_READY_TIMEOUT_MS and everything `npm start -- --help` lists.',
);

run(async () => {
  const config = loadConfig();
  const token = requireToken(config);
  const recommended = await recommendedShards(token, config.DISCORD_API_BASE);
  const total = config.DISCORD_SHARD_COUNT === 'auto' ? recommended : config.DISCORD_SHARD_COUNT;
  log.info(
    { shards: total, recommended, setting: config.DISCORD_SHARD_COUNT },
    `starting ${total} shard${total === 1 ? '' : 's'}`,
  );

  // Children run the TypeScript entry through tsx's loader, resolved from here so any working directory works.
  const execArgv = extname(SHARD_FILE) === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  const manager = new ShardingManager(SHARD_FILE, {
    totalShards: total,
    token,
    mode: 'process',
    respawn: false,
    silent: true,
    execArgv,
  });

  // Children's one-line errors ("bron: …") are kept, to report a shard that failed to start.
  const lastError = new Map<number, string>();
  const state = { online: false, stopping: false };
  relayShards(manager, lastError, () => state);
  stopOnSignals(manager, state);

  try {
    // Shards start one after another, each once the previous is ready; Discord allows one IDENTIFY per 5 s per
    // bucket, hence the delay (DISCORD_SHARD_SPAWN_DELAY_MS). A first start may build the index: generous timeout.
    await manager.spawn({
      amount: total,
      delay: config.DISCORD_SHARD_SPAWN_DELAY_MS,
      timeout: config.DISCORD_SHARD_READY_TIMEOUT_MS,
    });
  } catch (err) {
    if (state.stopping) return;
    state.stopping = true;
    const failed = [...manager.shards.values()].find((s) => !s.ready) ?? [...manager.shards.values()].at(-1);
    await stopShards(manager);
    const id = failed?.id ?? 0;
    const reason = lastError.get(id);
    if (reason) fail(`shard ${id}: ${reason}`);
    fail(`shard ${id} did not start: ${(err as Error).message}`);
  }
  // From now on a shard that dies is started again.
  state.online = true;
  manager.respawn = true;
  log.info({ shards: total }, 'all shards are online');
});

/** SIGTERM or SIGINT stops every shard, then the manager; a second signal kills them. */
function stopOnSignals(manager: ShardingManager, state: { stopping: boolean }): void {
  const shutdown = (signal: string) => {
    if (state.stopping) {
      log.warn(`${signal} again: killing the shards`);
      for (const s of running(manager)) s.process!.kill('SIGKILL');
      process.exit(1);
    }
    state.stopping = true;
    log.info(`${signal}: stopping ${running(manager).length} shard(s)`);
    stopShards(manager).then(
      () => {
        log.info('all shards stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping the shards');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** Children's output passes through; a shard's fatal error while starting is kept for the manager to report. */
function relayShards(
  manager: ShardingManager,
  lastError: Map<number, string>,
  state: () => { online: boolean; stopping: boolean },
): void {
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (spawned) => {
      const child = spawned as ChildProcess; // process mode
      log.info({ shard: shard.id, pid: child.pid }, 'shard process started');
      child.stdout?.pipe(process.stdout, { end: false });
      let buffered = '';
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          // While starting, a shard's fatal error is reported once, by the manager, naming the shard; later it
          // passes through.
          if (line.startsWith('bron: ')) lastError.set(shard.id, line.slice('bron: '.length));
          if (!line.startsWith('bron: ') || state().online) process.stderr.write(`${line}\n`);
        }
      });
    });
    shard.on('death', (dead) => {
      const child = dead as ChildProcess;
      if (!state().stopping)
        log.warn(
          { shard: shard.id, pid: child.pid, code: child.exitCode, respawn: manager.respawn },
          'shard process exited',
        );
    });
    shard.on('error', (err: Error) => log.error({ err, shard: shard.id }, 'shard error'));
  });
}

/** The shards whose process still runs. */
function running(manager: ShardingManager) {
  return [...manager.shards.values()].filter(
    (s) => s.process && s.process.exitCode === null && s.process.signalCode === null,
  );
}

/** Asks every running shard to stop (it finishes answers in progress) and kills one that takes too long. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    running(manager).map(
      (s) =>
        new Promise<void>((resolve) => {
          const child = s.process!;
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          s.send({ bronStop: true }).catch(() => child.kill('SIGTERM'));
        }),
    ),
  );
}
