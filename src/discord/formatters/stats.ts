import type { APIEmbed } from 'discord.js';
import { COLORS, clip, LIMITS } from './text.js';

export interface StatsView {
  questions: number;
  refusals: number;
  errors: number;
  p50Ms: number | undefined;
  p95Ms: number | undefined;
  up: number;
  down: number;
  passages: number;
  articles: number;
  indexBuiltAt: string;
  indexAgeMs: number;
  uptimeMs: number;
  reindexes: number;
  reindexing: boolean;
  /** Under a ShardingManager: each shard's ids, guilds and questions; `current` marks the shard that answers. */
  shards?: { ids: number[]; guilds: number; questions: number; current?: boolean }[];
  /** Some shards did not answer in time, so the figures cover only the ones listed. */
  partial?: boolean;
}

/** "3d 4h", "2h 5m", "4m 10s", "12s". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d) return `${d}d ${h}h`;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);

export function formatStats(s: StatsView): APIEmbed {
  const pct = s.questions ? ` (${Math.round((s.refusals / s.questions) * 100)}%)` : '';
  return {
    title: 'Bron statistics',
    color: COLORS.info,
    fields: [
      { name: 'Questions answered', value: String(s.questions), inline: true },
      { name: 'Refusals', value: `${s.refusals}${pct}`, inline: true },
      { name: 'Errors', value: String(s.errors), inline: true },
      { name: 'Latency p50 / p95', value: `${ms(s.p50Ms)} / ${ms(s.p95Ms)}`, inline: true },
      { name: 'Feedback', value: `👍 ${s.up} · 👎 ${s.down}`, inline: true },
      { name: 'Uptime', value: duration(s.uptimeMs), inline: true },
      { name: 'Index', value: `${s.passages} passages from ${s.articles} articles`, inline: true },
      {
        name: 'Index age',
        value: `${duration(s.indexAgeMs)} (built ${s.indexBuiltAt})${s.reindexing ? ' · reindex running' : ''}`,
        inline: true,
      },
      { name: 'Reindexes', value: String(s.reindexes), inline: true },
      ...(s.shards
        ? [
            {
              name: `Shards (${s.shards.length}${s.partial ? ', some not answering' : ''})`,
              value: clip(
                s.shards
                  .map(
                    (x) =>
                      `#${x.ids.join(', #')}: ${x.guilds} ${x.guilds === 1 ? 'server' : 'servers'}, ` +
                      `${x.questions} ${x.questions === 1 ? 'question' : 'questions'}${x.current ? ' (this one)' : ''}`,
                  )
                  .join('\n'),
                LIMITS.fieldValue,
              ),
            },
          ]
        : []),
    ],
  };
}
