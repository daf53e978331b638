import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer } from '../../answer/types.js';
import { type Messages, messages } from '../i18n.js';
import { describeAnswer } from './answer-text.js';
import { type ArticleGroup, groupCitations, groupFields, type QuoteRef } from './quotes.js';
import { COLORS, clip, embedSize, escapeText, LIMITS, NO_PINGS } from './text.js';

export interface AnswerFormatOptions {
  /** The question as asked; shown as the title (escaped). */
  question?: string;
  /** Shown in the footer so feedback and logs can be matched to an answer. */
  answerId?: string;
  /** Titles of the articles, named in a refusal as what the articles do cover. */
  topics?: readonly string[];
  /** Machine translations of quotes, by citation number (shown under the verbatim quote). */
  translations?: ReadonlyMap<number, string>;
  /** A follow-up read with the thread's earlier question: what was answered. */
  understoodAs?: string;
}

/** Fields for the chosen quotes, article by article. */
function fieldsFor(groups: ArticleGroup[], kept: Set<QuoteRef>, lang: string, m: Messages): APIEmbedField[] {
  return groups.flatMap((g) => {
    const quotes = g.quotes.filter((q) => kept.has(q));
    return quotes.length ? groupFields({ ...g, quotes }, lang, m) : [];
  });
}

/**
 * Quotes by rank (score, then number) while the embed stays within Discord's limits (25 fields, 6,000 characters);
 * one that does not fit is left out and a smaller, lower-ranked one may still fit.
 */
function fitQuotes(a: Answer, room: number, m: Messages, translations?: ReadonlyMap<number, string>) {
  const { groups, quotes } = groupCitations(a.citations, translations);
  const ranked = [...quotes].sort((x, y) => y.score - x.score || x.ns[0]! - y.ns[0]!);
  const kept = new Set<QuoteRef>();
  for (const q of ranked) {
    kept.add(q);
    const fields = fieldsFor(groups, kept, a.language, m);
    const size = fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    if (fields.length > LIMITS.fields || size > room) kept.delete(q);
  }
  return { fields: fieldsFor(groups, kept, a.language, m), dropped: quotes.length - kept.size };
}

/** What the articles do cover, from their titles, and how to ask: shown under a refusal. */
function coversField(a: Answer, topics: readonly string[], m: Messages): APIEmbedField | undefined {
  // An answer text that already names the articles needs no second list.
  if (topics.length === 0 || topics.some((t) => a.answer.includes(t))) return undefined;
  const shown = topics.slice(0, 10).map((t) => `• ${escapeText(t)}`);
  if (topics.length > shown.length) shown.push(m.moreTopics(topics.length - shown.length));
  return { name: m.covers, value: clip(`${shown.join('\n')}\n\n${m.howToAsk}`, LIMITS.fieldValue) };
}

/**
 * The answer as one embed in the asker's language: the question as title; the answer first (framing line, figures,
 * claims the quotes do not show); then each article once with its quotes, each quote once; a compact source line
 * per article. A refusal says what the articles cover instead, without a "verbatim" footer.
 */
export function formatAnswer(a: Answer, opts: AnswerFormatOptions = {}): APIEmbed {
  const m = messages(a.language);
  const title = opts.question ? clip(escapeText(opts.question), LIMITS.title) : a.grounded ? 'Answer' : 'No answer';
  const description = clip(describeAnswer(a, m, opts.understoodAs), LIMITS.description);
  const id = opts.answerId ? `id ${opts.answerId}` : '';
  const base = [a.grounded ? m.verbatim : '', id].filter(Boolean).join(' · ');
  const reserve = `${m.moreSources(a.citations.length)} · ${base}`.length;
  const embed: APIEmbed = { title, description, color: a.grounded ? COLORS.grounded : COLORS.refused };
  if (!a.grounded || a.citations.length === 0) {
    const covers = coversField(a, opts.topics ?? [], m);
    if (covers) embed.fields = [covers];
    if (base) embed.footer = { text: base };
    return embed;
  }
  const room = LIMITS.total - embedSize(embed) - reserve;
  const { fields, dropped } = fitQuotes(a, room, m, opts.translations);
  if (fields.length) embed.fields = fields;
  const footer = dropped > 0 ? `${m.moreSources(dropped)} · ${base}` : base;
  if (footer) embed.footer = { text: clip(footer, LIMITS.footer) };
  return embed;
}

/** An engine answer made ready for Discord. */
export interface Produced {
  answer: Answer;
  answerId: string;
  embed: APIEmbed;
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** The message payload of an answer: the embed, the feedback buttons, and no pings. */
export function answerPayload(p: Produced) {
  return { embeds: [p.embed], components: p.components, allowedMentions: NO_PINGS };
}
