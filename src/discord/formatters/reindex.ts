import type { APIEmbed } from 'discord.js';
import { COLORS, clip, escapeText, LIMITS } from './text.js';

export interface ProgressView {
  phase: 'split' | 'embed' | 'write';
  done: number;
  total: number;
}

const PHASES: Record<ProgressView['phase'], string> = {
  split: 'Splitting articles',
  embed: 'Embedding passages',
  write: 'Writing the index',
};

export function formatProgress(p: ProgressView | undefined): string {
  if (!p) return 'Reindexing: reading the corpus…';
  return `Reindexing: ${PHASES[p.phase]} ${p.done}/${p.total}…`;
}

export interface ReindexView {
  mode: 'full' | 'incremental' | 'unchanged';
  embedded: string[];
  removed: string[];
  passages: number;
  rejected: { file: string; message: string }[];
  ms: number;
}

export function formatReindex(r: ReindexView): APIEmbed {
  const list = (ids: string[]) =>
    ids.length ? clip(ids.map((id) => `\`${id}\``).join(', '), LIMITS.fieldValue) : 'none';
  const rejected = r.rejected.length
    ? clip(r.rejected.map((e) => `${escapeText(e.file)}: ${escapeText(e.message)}`).join('\n'), LIMITS.fieldValue)
    : 'none';
  return {
    title: 'Reindex finished',
    description:
      `Mode: **${r.mode}** · ${r.passages} passages · ${(r.ms / 1000).toFixed(1)} s. ` +
      'New questions use the new index.',
    color: r.rejected.length ? COLORS.warn : COLORS.grounded,
    fields: [
      { name: `Embedded articles (${r.embedded.length})`, value: list(r.embedded) },
      { name: `Removed articles (${r.removed.length})`, value: list(r.removed) },
      { name: `Rejected (${r.rejected.length})`, value: rejected },
    ],
  };
}
