import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { Client } from 'discord.js';
import { log } from '../log.js';
import type { BotContext } from './context.js';
import { percentile } from './stats.js';

/**
 * What sharding changes for a bot process. Under `npm run start:sharded` (src/discord/sharded.ts) discord.js's
 * ShardingManager runs src/discord/main.ts once per shard, each a process with its own Client, engine and counters;
 * Discord sends each process the events of its guilds only. /stats collects the counters of every shard over the
 * manager's IPC (ShardClientUtil.fetchClientValues) and merges them here.
 */

/** The shard ids and total of this process when a ShardingManager started it; undefined when it runs alone. */
export function shardIdentity(): { ids: number[]; count: number } | undefined {
  // discord.js passes SHARDS/SHARD_COUNT in the environment (process mode) or as workerData (worker mode).
  const data = (workerData ?? process.env) as Record<string, unknown>;
  if (!process.env.SHARDING_MANAGER || data.SHARDS === undefined) return undefined;
  const parsed: unknown = JSON.parse(String(data.SHARDS));
  const ids = Array.isArray(parsed) ? parsed.map(Number) : [Number(parsed)];
  return { ids, count: Number(data.SHARD_COUNT ?? ids.length) };
}

/**
 * Where a shard keeps stats.json, feedback.jsonl and threads.json: DATA_DIR/shard-<id>. Processes must not share these
 * files (each writes its own counters), and a guild's votes and threads always arrive at the shard that serves it.
 */
export function shardDataDir(dataDir: string, shard = shardIdentity()): string {
  return shard ? join(dataDir, `shard-${shard.ids.join('-')}`) : dataDir;
}

/** One shard's figures, as sent over IPC (plain JSON). */
export interface ShardStats {
  ids: number[];
  guilds: number;
  questions: number;
  refusals: number;
  errors: number;
  reindexes: number;
  /** The shard's recent answer latencies (at most 1000), merged with the others' before taking percentiles. */
  latencies: number[];
  up: number;
  down: number;
  uptimeMs: number;
  indexBuiltAt: string;
  reindexing: boolean;
}

/** The client property /stats reads on every shard (ShardClientUtil.fetchClientValues resolves it by name). */
export const SHARD_STATS_PROP = 'bronShardStats';

export function localShardStats(client: Client, ctx: BotContext): ShardStats {
  const s = ctx.stats.view;
  return {
    ids: client.shard?.ids ?? [0],
    guilds: client.guilds.cache.size,
    questions: s.questions,
    refusals: s.refusals,
    errors: s.errors,
    reindexes: s.reindexes,
    latencies: [...ctx.stats.latencies],
    ...ctx.feedback.counts,
    uptimeMs: s.uptimeMs,
    indexBuiltAt: ctx.engine.snapshotInfo.manifest.builtAt,
    reindexing: ctx.engine.isReindexing,
  };
}

/** The client method the shard that ran /reindex calls on the others (through ShardClientUtil.broadcastEval). */
export const SHARD_REFRESH_PROP = 'bronRefreshIndex';

/**
 * Makes this process reachable by the other shards: its figures for /stats (a getter, so every read is current) and
 * a method that loads the index another shard's /reindex published.
 */
export function exposeToShards(client: Client, ctx: () => BotContext | undefined): void {
  Object.defineProperty(client, SHARD_STATS_PROP, {
    configurable: true,
    enumerable: false,
    get: () => {
      const c = ctx();
      return c ? localShardStats(client, c) : undefined;
    },
  });
  Object.defineProperty(client, SHARD_REFRESH_PROP, {
    configurable: true,
    enumerable: false,
    value: async (): Promise<boolean> => {
      const c = ctx();
      if (!c) return false;
      const swapped = await c.engine.refresh();
      if (swapped)
        log.info(
          { index: c.engine.snapshotInfo.dir, shards: client.shard?.ids },
          'loaded the index another shard published',
        );
      return swapped;
    },
  });
}

/**
 * After a /reindex on this shard: every other shard loads the new index (they build nothing), bounded by `timeoutMs`.
 * Returns how many shards switched; nothing to do when the bot is not sharded.
 */
export async function refreshOtherShards(client: Client, timeoutMs = 60_000): Promise<number> {
  if (!client.shard || client.shard.count <= 1) return 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    // The function runs in each shard process with its own client (it is sent as source text, so it must not close
    // over anything here); this shard finds its index already current and answers false.
    const results = await Promise.race([
      client.shard.broadcastEval(
        (c) => (c as unknown as Record<string, () => Promise<boolean>>).bronRefreshIndex?.() ?? false,
      ),
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`not every shard answered within ${timeoutMs} ms`)), timeoutMs)),
      ),
    ]);
    return results.filter(Boolean).length;
  } catch (err) {
    log.warn(
      { err },
      'could not make every shard load the new index; a shard that missed it keeps the previous one until it restarts',
    );
    return 0;
  } finally {
    clearTimeout(timer);
  }
}

export interface CollectedStats {
  shards: ShardStats[];
  /** Shards that did not answer in time (restarting, or still spawning); their figures are missing. */
  missing: boolean;
}

/**
 * Every shard's figures: this process's alone when it is not sharded, else fetched from all shards through the
 * manager, bounded by `timeoutMs` (an interaction must be answered within 3 s); on a timeout or error, this shard's.
 */
export async function collectShardStats(client: Client, ctx: BotContext, timeoutMs = 2000): Promise<CollectedStats> {
  const local = localShardStats(client, ctx);
  if (!client.shard) return { shards: [local], missing: false };
  let timer: NodeJS.Timeout | undefined;
  try {
    const all = (await Promise.race([
      client.shard.fetchClientValues(SHARD_STATS_PROP),
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`no answer from every shard within ${timeoutMs} ms`)), timeoutMs)),
      ),
    ])) as (ShardStats | undefined)[];
    const shards = all.filter((s): s is ShardStats => s != null);
    return { shards, missing: shards.length < all.length };
  } catch (err) {
    log.warn({ err }, "/stats: could not collect the other shards' figures; showing this shard only");
    return { shards: [local], missing: true };
  } finally {
    clearTimeout(timer);
  }
}

/** The shards' figures merged: counts summed, latency percentiles over all shards' samples together. */
export function mergeShardStats(shards: readonly ShardStats[]) {
  const sum = (key: 'questions' | 'refusals' | 'errors' | 'reindexes' | 'up' | 'down' | 'guilds') =>
    shards.reduce((a, s) => a + s[key], 0);
  const latencies = shards.flatMap((s) => s.latencies);
  return {
    questions: sum('questions'),
    refusals: sum('refusals'),
    errors: sum('errors'),
    reindexes: sum('reindexes'),
    up: sum('up'),
    down: sum('down'),
    guilds: sum('guilds'),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    // The youngest shard's uptime: how long all of them have been running.
    uptimeMs: Math.min(...shards.map((s) => s.uptimeMs)),
    reindexing: shards.some((s) => s.reindexing),
  };
}
