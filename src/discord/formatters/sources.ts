import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type Article, formatDate } from '../../corpus/article.js';
import { COLORS, clip, escapeText, LIMITS, link } from './text.js';

export interface ArticleInfo {
  article: Article;
  passages: number;
}

function articleLine({ article: a, passages }: ArticleInfo): string {
  return `**${escapeText(a.title)}**\n${escapeText(a.outlet)}, ${formatDate(a.date)} · ${a.language} · \`${a.id}\` · ${passages} passages${a.url ? ` · ${link('link', a.url)}` : ''}`;
}

/** The corpus as a list, one entry per article, trimmed with "…and N more articles" to fit one embed. */
export function formatSources(items: ArticleInfo[]): APIEmbed {
  const title = `Articles in the corpus (${items.length})`;
  const lines: string[] = [];
  let used = 0;
  const tail = (n: number) => `\n…and ${n} more articles (ask for one with /source id)`;
  for (const [i, item] of items.entries()) {
    const line = clip(articleLine(item), 600);
    const reserve = i < items.length - 1 ? tail(items.length - i).length : 0;
    if (used + line.length + 2 + reserve > LIMITS.description) {
      lines.push(tail(items.length - i).trim());
      break;
    }
    lines.push(line);
    used += line.length + 2;
  }
  return {
    title,
    description: lines.length ? lines.join('\n\n') : 'The corpus is empty.',
    color: COLORS.info,
    footer: { text: 'Details of one article: /source id' },
  };
}

/** One article's details: title, outlet, date, language, url, passages, note. */
export function formatSource({ article: a, passages }: ArticleInfo): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: 'Outlet', value: clip(escapeText(a.outlet), LIMITS.fieldValue), inline: true },
    { name: 'Date', value: formatDate(a.date), inline: true },
    { name: 'Language', value: a.language, inline: true },
    { name: 'Passages', value: String(passages), inline: true },
    { name: 'Id', value: `\`${a.id}\``, inline: true },
    { name: 'File', value: clip(escapeText(a.file), LIMITS.fieldValue), inline: true },
  ];
  if (a.author) fields.push({ name: 'Author', value: clip(escapeText(a.author), LIMITS.fieldValue), inline: true });
  fields.push({ name: 'URL', value: a.url ? clip(a.url, LIMITS.fieldValue) : 'none recorded' });
  if (a.note) fields.push({ name: 'Note', value: clip(escapeText(a.note), LIMITS.fieldValue) });
  return {
    title: clip(escapeText(a.title), LIMITS.title),
    ...(a.url ? { url: a.url } : {}),
    color: COLORS.info,
    fields,
  };
}
