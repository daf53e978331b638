import { z } from 'zod';

/** ISO date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
const isoPartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number);
    if (m !== undefined && (m < 1 || m > 12)) return false;
    if (d !== undefined) {
      const dt = new Date(Date.UTC(y!, m! - 1, d));
      return dt.getUTCDate() === d;
    }
    return true;
  }, 'is not a real calendar date');

/** "link" is what editors (and the project's own guide) call it: read as `url` when no `url` is given. */
function linkAsUrl(data: unknown): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const { link, ...rest } = data as Record<string, unknown>;
  return link !== undefined && rest.url === undefined ? { ...rest, url: link } : data;
}

const fields = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be lowercase letters, digits and dashes'),
  title: z.string().trim().min(1, 'must not be empty'),
  outlet: z.string().trim().min(1, 'must not be empty'),
  date: isoPartialDate,
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as nl or en'),
  // Only web links: a javascript: or file: URL would be shown as a clickable source link.
  url: z
    .string()
    .url('must be a full http(s) URL')
    .refine(
      (u) => /^https?:\/\//i.test(u),
      'must be a full http(s) URL (other schemes such as javascript: or file: are refused)',
    )
    .optional(),
  author: z.string().trim().optional(),
  note: z.string().optional(),
  raw: z.string().optional(),
});

export const frontMatterSchema = z.preprocess(linkAsUrl, fields);

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface Article extends FrontMatter {
  /** Corpus-relative path, e.g. `corpus/002-council-budget.md`. */
  file: string;
  /** The article text exactly as stored after the front matter; passage offsets and quotes refer to it. */
  body: string;
  /** sha256 of the whole file, so the index knows when an article changed. */
  hash: string;
  /** The file as it was when read: an index that holds this article need not read an unchanged file again. */
  stat?: FileStat;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface ArticleError {
  file: string;
  field?: string;
  message: string;
}

/** "2024-10-31" → "31 Oct 2024", "2024-10" → "Oct 2024". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * What names an article besides its text: its title and, when given, its author (a speech's speaker, a column's
 * writer). A speech rarely says its speaker's name ("I", "my country"); questions about it do ("What did Nehru say").
 */
export function byline(a: Pick<Article, 'title' | 'author'>): string {
  return a.author ? `${a.title}\n${a.author}` : a.title;
}

/**
 * "NOS Nieuws, Oct 2024": the `source` field of a citation. An outlet given as "unknown" in the front matter reads
 * "outlet unknown", so the line never shows a bare "unknown".
 */
export function sourceLine(a: Pick<Article, 'outlet' | 'date'>): string {
  return `${/^unknown$/i.test(a.outlet.trim()) ? 'outlet unknown' : a.outlet}, ${formatDate(a.date)}`;
}
