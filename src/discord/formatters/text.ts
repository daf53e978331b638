import type { APIEmbed, MessageMentionOptions } from 'discord.js';
import { isQuotation } from '../../text/quotes.js';
import { escapeUntrusted, neutraliseMentions } from './escape.js';

/**
 * Everything Bron sends to Discord is shaped here, as pure functions from engine results to API payloads, so the
 * limits are enforced (and tested) in one place. Discord rejects a message that breaks any of these, so we never
 * rely on it to cut for us.
 */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  /** Sum of title, description, field names and values, footer text and author name over all embeds of a message. */
  total: 6000,
  threadName: 100,
  choiceName: 100,
  choices: 25,
} as const;

/** Embed colours: a grounded answer, a refusal, and neutral information. */
export const COLORS = { grounded: 0x2e8b57, refused: 0x808080, info: 0x3b6ea5, warn: 0xc27c0e } as const;

const OPEN = '“';
const CLOSE = '”';
const ELLIPSIS = '…';

/** Makes text safe to echo back: see escapeUntrusted (Markdown, every [ and ], mentions). */
export function escapeText(text: string): string {
  return escapeUntrusted(text);
}

/** escapeText for a fragment inside a line: the line-start markers (headings, lists) cannot apply there. */
export function escapeInline(text: string): string {
  return escapeUntrusted(text, { inline: true });
}

export { neutraliseMentions };

/** Counts the characters Discord counts: UTF-16 code units, as JavaScript's `length`. */
function fits(text: string, max: number): boolean {
  return text.length <= max;
}

/**
 * Shortens `text` to at most `max` characters: at a line break or a word boundary when one is near the end, never
 * inside a surrogate pair or right after an escaping backslash, with "…" appended. A quotation left open by the cut
 * is closed (`“…”`), so a quote never runs on without its closing mark.
 */
export function clip(text: string, max: number): string {
  if (fits(text, max)) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  // Room for the ellipsis and a closing quote mark.
  const room = max - 2;
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  const sp = cut.lastIndexOf(' ');
  if (nl > room * 0.6) cut = cut.slice(0, nl);
  else if (sp > room * 0.6) cut = cut.slice(0, sp);
  cut = cut.replace(/[\uD800-\uDBFF]$/, ''); // a lone high surrogate
  cut = cut.replace(/\\+$/, (m) => (m.length % 2 === 1 ? m.slice(1) : m)); // "\" would escape the ellipsis
  cut = cut.trimEnd();
  // Close every quotation the cut leaves open ("““aaa" → "““…””"), shortening further until the
  // marks fit too.
  const unclosed = (t: string) => Math.max(0, count(t, OPEN) - count(t, CLOSE));
  while (cut.length > 0 && cut.length + ELLIPSIS.length + unclosed(cut) > max)
    cut = cut.slice(0, -1).replace(/[\uD800-\uDBFF]$/, '');
  cut = cut.replace(/\\+$/, (m) => (m.length % 2 === 1 ? m.slice(1) : m));
  return `${cut}${ELLIPSIS}${CLOSE.repeat(unclosed(cut))}`;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** A verbatim quote in quotation marks, shortened if needed to `max` characters including the marks. */
export function quoteText(quote: string, max: number): string {
  const body = escapeText(quote);
  // "“Dit is onze zaak.”" is one whole quotation already: ours around it would double the marks.
  if (isQuotation(quote) && fits(body, max)) return body;
  const full = `${OPEN}${body}${CLOSE}`;
  if (fits(full, max)) return full;
  // clip() closes a nested quotation it cut through, so the marks stay balanced inside ours.
  return `${OPEN}${clip(body, max - 2)}${CLOSE}`;
}

/**
 * Splits long text into messages of at most `max` characters (default: Discord's 2,000), at paragraph or line
 * breaks, else at spaces. A quotation that spans a split is closed at the end of one part and reopened in the next.
 */
export function splitMessage(text: string, max: number = LIMITS.content): string[] {
  if (max < 8) throw new RangeError('max must be at least 8');
  const parts: string[] = [];
  let rest = text.trim();
  let reopen = false;
  while (rest.length > 0) {
    const prefix: string = reopen ? OPEN : '';
    const room = max - prefix.length - 1; // room for a closing mark
    if (rest.length <= max - prefix.length) {
      parts.push(prefix + rest);
      break;
    }
    const window = rest.slice(0, room);
    let at = window.lastIndexOf('\n\n');
    if (at < room * 0.5) at = window.lastIndexOf('\n');
    if (at < room * 0.5) at = window.lastIndexOf(' ');
    if (at <= 0) at = room;
    if (/[\uD800-\uDBFF]/.test(rest[at - 1] ?? '')) at -= 1;
    let part: string = prefix + rest.slice(0, at).trimEnd();
    rest = rest.slice(at).trimStart();
    const open: boolean = count(part, OPEN) > count(part, CLOSE);
    if (open) part += CLOSE;
    reopen = open;
    parts.push(part);
  }
  return parts;
}

/** Total characters of an embed as Discord counts them against the 6,000 limit. */
export function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Checks every limit; used by tests and as a last guard before sending. Returns the problems, empty if none. */
export function embedProblems(e: APIEmbed): string[] {
  const p: string[] = [];
  if (e.title && e.title.length > LIMITS.title) p.push(`title ${e.title.length} > ${LIMITS.title}`);
  if (e.description && e.description.length > LIMITS.description)
    p.push(`description ${e.description.length} > ${LIMITS.description}`);
  if (e.footer && e.footer.text.length > LIMITS.footer) p.push(`footer ${e.footer.text.length} > ${LIMITS.footer}`);
  const fields = e.fields ?? [];
  if (fields.length > LIMITS.fields) p.push(`${fields.length} fields > ${LIMITS.fields}`);
  for (const [i, f] of fields.entries()) {
    if (f.name.length === 0 || f.name.length > LIMITS.fieldName) p.push(`field ${i} name ${f.name.length}`);
    if (f.value.length === 0 || f.value.length > LIMITS.fieldValue) p.push(`field ${i} value ${f.value.length}`);
  }
  if (embedSize(e) > LIMITS.total) p.push(`total ${embedSize(e)} > ${LIMITS.total}`);
  return p;
}

/** A link Discord renders as [label](url) even when the URL has parentheses. */
export function link(label: string, url: string): string {
  return `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

/** A short embed for a message that is not an answer (notices, errors, progress). */
export function infoEmbed(title: string, description: string, color: number = COLORS.info): APIEmbed {
  return { title: clip(title, LIMITS.title), description: clip(description, LIMITS.description), color };
}

/** A thread name from the question: one line, at most 100 characters, no mentions. */
export function threadName(question: string): string {
  const line = neutraliseMentions(question.replace(/\s+/g, ' ').trim()) || 'Question';
  return clip(line, LIMITS.threadName);
}

/** On every send, reply and edit: nobody is ever pinged by an answer, not even the asker. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };
