import type { APIEmbed } from 'discord.js';
import type { Article } from '../../corpus/article.js';
import { formatDateRange, languageName, messages, outletName } from '../i18n.js';
import { COLORS, clip, escapeText, LIMITS } from './text.js';

export interface HelpView {
  articles: Pick<Article, 'title' | 'outlet' | 'date' | 'language'>[];
  /** Each command's description in the asker's language where it has one. */
  commands: { name: string; description: string }[];
  replyMode: 'reply' | 'thread';
  /** The asker's language (the Discord client's locale). */
  lang: string;
}

/** /help in the asker's language: how to ask, what Bron knows (the articles, their dates), what it does not do. */
export function formatHelp(h: HelpView): APIEmbed {
  const m = messages(h.lang);
  const outlets = [...new Set(h.articles.map((a) => outletName(a.outlet, h.lang)))];
  const langs = [...new Set(h.articles.map((a) => a.language))].sort();
  const how = [m.help.mention, h.replyMode === 'thread' ? m.help.thread : m.help.reply, m.help.every, m.help.languages];
  const summary = m.help.knows(
    h.articles.length,
    langs.map((l) => languageName(l, h.lang)).join(', ') || '–',
    formatDateRange(
      h.articles.map((a) => a.date),
      h.lang,
    ),
    outlets.map(escapeText).join(', ') || '–',
  );
  const knows = clip([summary, ...h.articles.map((a) => `• ${escapeText(a.title)}`)].join('\n'), LIMITS.fieldValue);
  const commands = h.commands.map((c) => `\`/${c.name}\` — ${c.description}`).join('\n') || '–';
  return {
    title: m.help.title,
    color: COLORS.info,
    fields: [
      { name: m.help.howToAsk, value: how.join('\n') },
      { name: m.help.whatIKnow, value: knows },
      { name: m.help.whatINot, value: m.help.not },
      { name: m.help.commands, value: clip(commands, LIMITS.fieldValue) },
    ],
  };
}
