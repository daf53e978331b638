import type { APIEmbedField } from 'discord.js';
import type { Citation } from '../../answer/types.js';
import { formatDate, type Messages, outletName } from '../i18n.js';
import { clip, escapeText, LIMITS, link, quoteText } from './text.js';

/** One verbatim quote, shown once even when the answer cites it under several numbers. */
export interface QuoteRef {
  ns: number[];
  quote: string;
  score: number;
  articleId: string;
  /** A machine translation shown under the quote (never instead of it). */
  translation?: string;
}

/** The citations of one article: its title once, then its quotes, then one source line. */
export interface ArticleGroup {
  title: string;
  outlet: string;
  date: string;
  url?: string;
  author?: string;
  quotes: QuoteRef[];
}

/** Citations as quotes (each once) grouped by article, articles in the order the answer first cites them. */
export function groupCitations(citations: readonly Citation[], translations?: ReadonlyMap<number, string>) {
  const groups = new Map<string, ArticleGroup>();
  const quotes: QuoteRef[] = [];
  for (const c of [...citations].sort((x, y) => x.n - y.n)) {
    let group = groups.get(c.articleId);
    if (!group) {
      group = {
        title: c.title,
        outlet: c.outlet,
        date: c.date,
        ...(c.url ? { url: c.url } : {}),
        ...(c.author ? { author: c.author } : {}),
        quotes: [],
      };
      groups.set(c.articleId, group);
    }
    const same = group.quotes.find((q) => q.quote === c.quote);
    if (same) {
      same.ns.push(c.n);
      same.score = Math.max(same.score, c.score);
      continue;
    }
    const tr = translations?.get(c.n);
    const ref: QuoteRef = { ns: [c.n], quote: c.quote, score: c.score, articleId: c.articleId };
    if (tr) ref.translation = tr;
    group.quotes.push(ref);
    quotes.push(ref);
  }
  return { groups: [...groups.values()], quotes };
}

/** "NOS Nieuws · okt 2024 · link" in the asker's language, after the author when the article names one. */
export function sourceLine(g: Pick<ArticleGroup, 'outlet' | 'date' | 'url' | 'author'>, lang: string): string {
  const parts = [escapeText(outletName(g.outlet, lang)), formatDate(g.date, lang)];
  if (g.author) parts.unshift(escapeText(g.author));
  if (g.url) parts.push(link('link', g.url));
  return `-# ${parts.join(' · ')}`;
}

/** A quote with its numbers, and its translation marked as such on the line below. */
function quoteLines(q: QuoteRef, m: Messages, room: number): string {
  const refs = ` [${q.ns.join(', ')}]`;
  const tr = q.translation ? clip(`↳ *${m.translation}:* ${escapeText(q.translation)}`, Math.floor(room / 2)) : '';
  const quote = quoteText(q.quote, room - refs.length - (tr ? tr.length + 1 : 0));
  return tr ? `${quote}${refs}\n${tr}` : `${quote}${refs}`;
}

/**
 * One article as embed fields: the title as the field name, each quote once with its numbers, the source line last.
 * Quotes that do not fit one field (1,024 characters) continue in a second one under the same title.
 */
export function groupFields(g: ArticleGroup, lang: string, m: Messages): APIEmbedField[] {
  const source = sourceLine(g, lang);
  const room = LIMITS.fieldValue - source.length - 1;
  const chunks: string[][] = [[]];
  let used = 0;
  for (const q of g.quotes) {
    const text = quoteLines(q, m, room);
    if (used > 0 && used + text.length + 1 > room) {
      chunks.push([]);
      used = 0;
    }
    chunks.at(-1)!.push(text);
    used += text.length + 1;
  }
  const name = clip(escapeText(g.title), LIMITS.fieldName);
  return chunks.map((lines, i) => ({
    name: i === 0 ? name : clip(`${name} (${i + 1})`, LIMITS.fieldName),
    value: i === chunks.length - 1 ? [...lines, source].join('\n') : lines.join('\n'),
  }));
}
