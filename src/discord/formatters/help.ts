import type { APIEmbed } from 'discord.js';
import { type Article, formatDate } from '../../corpus/article.js';
import { COLORS, clip, escapeText, LIMITS } from './text.js';

export interface HelpView {
  articles: Pick<Article, 'title' | 'outlet' | 'date' | 'language'>[];
  commands: { name: string; description: string }[];
  replyMode: 'reply' | 'thread';
}

export function formatHelp(h: HelpView): APIEmbed {
  const outlets = [...new Set(h.articles.map((a) => a.outlet))];
  const dates = h.articles.map((a) => a.date).sort();
  const langs = [...new Set(h.articles.map((a) => a.language))].sort();
  const range = dates.length
    ? dates[0] === dates.at(-1)
      ? formatDate(dates[0]!)
      : `${formatDate(dates[0]!)} – ${formatDate(dates.at(-1)!)}`
    : '–';
  const how = [
    'Mention me with a question, e.g. `@Bron How many North Korean troops are in Russia?`, or use `/ask`.',
    h.replyMode === 'thread'
      ? 'I answer in a thread on your message; ask follow-ups in that thread without mentioning me.'
      : 'I reply to your message. Add `private: True` to `/ask` to see the answer only yourself.',
    'Every answer quotes the articles verbatim and numbers its sources. Rate it with 👍 or 👎.',
    'Questions can be in English or Dutch.',
  ].join('\n');
  const knows = clip(
    `${h.articles.length} articles (${langs.join(', ') || '–'}), ${range}, from ${outlets.map(escapeText).join(', ') || '–'}:\n` +
      h.articles.map((a) => `• ${escapeText(a.title)}`).join('\n'),
    LIMITS.fieldValue,
  );
  const not = [
    'I only know what is in these articles: no web search, no news after them, no general knowledge.',
    'If the articles do not cover a question I say so instead of guessing.',
    'I give no opinions or advice, and I do not remember conversations.',
  ].join('\n');
  const commands = clip(
    h.commands.map((c) => `\`/${c.name}\` — ${c.description}`).join('\n') || '–',
    LIMITS.fieldValue,
  );
  return {
    title: 'How to use Bron',
    color: COLORS.info,
    fields: [
      { name: 'How to ask', value: how },
      { name: 'What I know', value: knows },
      { name: 'What I do not do', value: not },
      { name: 'Commands', value: commands },
    ],
  };
}
