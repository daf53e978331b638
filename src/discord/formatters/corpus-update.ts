import type { APIEmbed, APIEmbedField } from 'discord.js';
import { messages } from '../i18n.js';
import { COLORS, clip, escapeText, LIMITS } from './text.js';

export interface CorpusUpdateView {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files that could not be read as articles, with the reason (the field is named in it). */
  rejected: { file: string; message: string }[];
  /** Article titles by id, for the ids that are still in the corpus. */
  titles: ReadonlyMap<string, string>;
}

/** What a reindex changed, for the announcement channel; undefined when there is nothing to say. */
export function formatCorpusUpdate(u: CorpusUpdateView, lang: string): APIEmbed | undefined {
  const m = messages(lang).update;
  const line = (id: string) => {
    const title = u.titles.get(id);
    return `\`${id}\`${title ? ` — ${escapeText(title)}` : ''}`;
  };
  const fields: APIEmbedField[] = [];
  const add = (name: string, lines: string[]) => {
    if (lines.length)
      fields.push({ name: `${name} (${lines.length})`, value: clip(lines.join('\n'), LIMITS.fieldValue) });
  };
  add(m.added, u.added.map(line));
  add(m.changed, u.changed.map(line));
  add(
    m.removed,
    u.removed.map((id) => `\`${id}\``),
  );
  add(
    m.rejected,
    u.rejected.map((e) => `${escapeText(e.file)}: ${escapeText(e.message)}`),
  );
  if (fields.length === 0) return undefined;
  const changedIndex = u.added.length + u.changed.length + u.removed.length > 0;
  return {
    title: m.title,
    ...(changedIndex ? { description: m.answered } : {}),
    color: u.rejected.length ? COLORS.warn : COLORS.grounded,
    fields,
  };
}
