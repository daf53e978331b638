import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import type { Answer, Citation } from '../answer/types.js';
import { type Article, formatDate } from '../corpus/article.js';
import { isQuotation } from '../text/quotes.js';

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

/**
 * Makes text safe to echo back: Markdown is escaped (so it shows as typed) and mentions are broken with a zero-width
 * space, so even a payload sent without `allowedMentions` could not ping @everyone, @here, a user or a role.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(escaped);
}

/** `@everyone` → `@\u200beveryone`, `<@123>` → `<@\u200b123>` (also roles `<@&…>`), so nothing resolves to a ping. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}

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
  // Close every quotation the cut leaves open ("““aaa" → "““…””"), shortening further until the marks fit too.
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
function link(label: string, url: string): string {
  return `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

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

/** A short embed for a message that is not an answer (notices, errors, progress). */
export function infoEmbed(title: string, description: string, color: number = COLORS.info): APIEmbed {
  return { title: clip(title, LIMITS.title), description: clip(description, LIMITS.description), color };
}

/** A thread name from the question: one line, at most 100 characters, no mentions. */
export function threadName(question: string): string {
  const line = neutraliseMentions(question.replace(/\s+/g, ' ').trim()) || 'Question';
  return clip(line, LIMITS.threadName);
}

// ---- feedback buttons ---------------------------------------------------------------------------------------

const FEEDBACK_PREFIX = 'bron:fb:';

/** 👍 / 👎 under an answer; the custom_id carries the vote and the answer id (well under Discord's 100 characters). */
export function feedbackRow(answerId: string): APIActionRowComponent<APIButtonComponent> {
  const button = (vote: 'up' | 'down', emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${FEEDBACK_PREFIX}${vote}:${answerId}`,
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('up', '👍', 'Helpful'), button('down', '👎', 'Not helpful')],
  };
}

/** The vote and answer id of a feedback button's custom_id, or undefined for any other id. */
export function parseFeedbackId(customId: string): { vote: 'up' | 'down'; answerId: string } | undefined {
  const m = /^bron:fb:(up|down):([A-Za-z0-9_-]{1,64})$/.exec(customId);
  return m ? { vote: m[1] as 'up' | 'down', answerId: m[2]! } : undefined;
}

// ---- /sources and /source ---------------------------------------------------------------------------------

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

// ---- /stats -----------------------------------------------------------------------------------------------

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
                      `#${x.ids.join(', #')}: ${x.guilds} ${x.guilds === 1 ? 'server' : 'servers'}, ${x.questions} ${x.questions === 1 ? 'question' : 'questions'}${x.current ? ' (this one)' : ''}`,
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

// ---- /help ------------------------------------------------------------------------------------------------

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

// ---- /reindex ---------------------------------------------------------------------------------------------

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
    description: `Mode: **${r.mode}** · ${r.passages} passages · ${(r.ms / 1000).toFixed(1)} s. New questions use the new index.`,
    color: r.rejected.length ? COLORS.warn : COLORS.grounded,
    fields: [
      { name: `Embedded articles (${r.embedded.length})`, value: list(r.embedded) },
      { name: `Removed articles (${r.removed.length})`, value: list(r.removed) },
      { name: `Rejected articles (${r.rejected.length})`, value: rejected },
    ],
  };
}
