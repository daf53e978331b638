import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, Citation } from '../../answer/types.js';
import { COLORS, clip, escapeText, LIMITS, link, NO_PINGS, quoteText } from './text.js';

/** One numbered source as an embed field: the quote, then title, outlet and date, and the link if any. */
export function citationField(c: Citation): APIEmbedField {
  const name = clip(`[${c.n}] ${escapeText(c.title)}`, LIMITS.fieldName);
  const meta = `— ${escapeText(c.source)}${c.url ? ` · ${link('link', c.url)}` : ''}`;
  const quote = quoteText(c.quote, LIMITS.fieldValue - meta.length - 1);
  return { name, value: `${quote}\n${meta}` };
}

export interface AnswerFormatOptions {
  /** The question as asked; shown as the title (escaped). */
  question?: string;
  /** Shown in the footer so feedback and logs can be matched to an answer. */
  answerId?: string;
}

/**
 * The answer as one embed: the question as title, the answer text, then one field per source in the answer's order.
 * When the sources do not all fit (25 fields, 6,000 characters), the lowest-scored ones are left out and the footer
 * says "…and N more sources" — quotes are shortened only when a single one is longer than a field allows.
 */
export function formatAnswer(a: Answer, opts: AnswerFormatOptions = {}): APIEmbed {
  const title = opts.question ? clip(escapeText(opts.question), LIMITS.title) : a.grounded ? 'Answer' : 'No answer';
  const notice = a.notice ? `*${escapeText(a.notice)}*\n\n` : '';
  const description = clip(notice + escapeText(a.answer), LIMITS.description);
  const footerBase = [
    a.language === 'nl' ? 'Citaten zijn letterlijk uit de artikelen' : 'Quotes are verbatim from the articles',
    opts.answerId ? `id ${opts.answerId}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const more = (n: number) =>
    a.language === 'nl'
      ? `…en nog ${n} ${n === 1 ? 'bron' : 'bronnen'}`
      : `…and ${n} more ${n === 1 ? 'source' : 'sources'}`;
  // Reserve room for the longest footer we might need.
  const reserve = `${more(a.citations.length)} · ${footerBase}`.length;
  let budget = LIMITS.total - title.length - description.length - reserve;

  const ranked = [...a.citations].sort((x, y) => y.score - x.score || x.n - y.n);
  const kept = new Map<number, APIEmbedField>();
  for (const c of ranked) {
    if (kept.size >= LIMITS.fields) break;
    const f = citationField(c);
    const size = f.name.length + f.value.length;
    if (size > budget) continue; // a smaller, lower-ranked one may still fit
    kept.set(c.n, f);
    budget -= size;
  }
  const dropped = a.citations.length - kept.size;
  const fields = a.citations.filter((c) => kept.has(c.n)).map((c) => kept.get(c.n)!);
  const footer = dropped > 0 ? `${more(dropped)} · ${footerBase}` : footerBase;
  return {
    title,
    description,
    color: a.grounded ? COLORS.grounded : COLORS.refused,
    ...(fields.length ? { fields } : {}),
    ...(footer ? { footer: { text: clip(footer, LIMITS.footer) } } : {}),
  };
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
