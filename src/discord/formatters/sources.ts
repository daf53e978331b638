import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Article } from '../../corpus/article.js';
import { formatDate, languageName, messages, outletName } from '../i18n.js';
import { COLORS, clip, escapeText, LIMITS, link } from './text.js';

export interface ArticleInfo {
  article: Article;
  passages: number;
}

/**
 * Articles per page of /sources and /article list: Discord's limit of choices and fields, and a page that reads
 * well.
 */
export const PAGE_SIZE = 25;

function articleLine({ article: a, passages }: ArticleInfo, lang: string, room: number): string {
  const m = messages(lang);
  const meta = [
    `\`${a.id}\``,
    escapeText(outletName(a.outlet, lang)),
    formatDate(a.date, lang),
    a.language,
    m.list.passages(passages),
  ].join(' · ');
  const url = a.url ? ` · ${link('link', a.url)}` : '';
  const metaLine = meta.length + url.length <= room / 2 ? meta + url : meta;
  return `**${clip(escapeText(a.title), Math.max(20, room - metaLine.length - 5))}**\n${metaLine}`;
}

/** Page `page` (1-based, clamped) of the article list, with Previous/Next buttons whose ids carry `buttonPrefix`. */
export function formatSources(
  items: ArticleInfo[],
  opts: { lang?: string; page?: number; buttonPrefix?: string } = {},
): { embed: APIEmbed; components: APIActionRowComponent<APIButtonComponent>[]; page: number } {
  const lang = opts.lang ?? 'en';
  const m = messages(lang);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.floor(opts.page ?? 1)));
  const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const room = Math.floor((LIMITS.description - 100) / PAGE_SIZE);
  const lines = shown.map((item) => articleLine(item, lang, room));
  const embed: APIEmbed = {
    title: m.list.title(items.length),
    description: lines.length ? clip(lines.join('\n'), LIMITS.description) : m.list.empty,
    color: COLORS.info,
    footer: { text: pages > 1 ? `${m.list.page(page, pages)} · ${m.list.details}` : m.list.details },
  };
  if (pages === 1 || !opts.buttonPrefix) return { embed, components: [], page };
  const button = (label: string, to: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${opts.buttonPrefix}${to}`,
    label,
    disabled,
  });
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [button(m.list.previous, page - 1, page === 1), button(m.list.next, page + 1, page === pages)],
  };
  return { embed, components: [row], page };
}

/** One article's details in the asker's language: outlet (honestly "unknown" when the text names none), date, … */
export function formatSource({ article: a, passages }: ArticleInfo, lang = 'en'): APIEmbed {
  const m = messages(lang).source;
  const outlet = outletName(a.outlet, lang) === a.outlet ? escapeText(a.outlet) : m.outletUnknown;
  const fields: APIEmbedField[] = [
    { name: m.outlet, value: clip(outlet, LIMITS.fieldValue), inline: true },
    { name: m.date, value: formatDate(a.date, lang), inline: true },
    { name: m.language, value: `${languageName(a.language, lang)} (${a.language})`, inline: true },
    { name: m.passages, value: String(passages), inline: true },
    { name: 'Id', value: `\`${a.id}\``, inline: true },
    { name: m.file, value: clip(escapeText(a.file), LIMITS.fieldValue), inline: true },
  ];
  if (a.author) fields.push({ name: m.author, value: clip(escapeText(a.author), LIMITS.fieldValue), inline: true });
  fields.push({ name: 'URL', value: a.url ? clip(a.url, LIMITS.fieldValue) : m.noUrl });
  if (a.note) fields.push({ name: m.note, value: clip(escapeText(a.note), LIMITS.fieldValue) });
  return {
    title: clip(escapeText(a.title), LIMITS.title),
    ...(a.url ? { url: a.url } : {}),
    color: COLORS.info,
    fields,
  };
}
