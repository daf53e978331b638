import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, realpath, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { type Article, type FrontMatter, frontMatterSchema } from './article.js';
import { readableText } from './html.js';
import { yamlError } from './yaml-error.js';

/**
 * Adding, replacing and removing article files from outside the folder (the bot's /article): text in, validated as
 * the loader validates it, written atomically under a safe file name, so the loader (and the watcher) see it whole.
 */

export type ArticleFormat = 'md' | 'txt' | 'html';

export interface ArticleInput {
  text: string;
  format: ArticleFormat;
  /** Given by the person adding it; each wins over what the text's own front matter or page says. */
  title?: string;
  outlet?: string;
  date?: string;
  language?: string;
  url?: string;
  /** Who wrote or spoke it (a speech's speaker, a column's writer): questions name them, the text may not. */
  author?: string;
}

/** A problem with what was given, naming the field ("date: must be an ISO date …"). */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface PreparedArticle {
  frontMatter: FrontMatter;
  body: string;
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The text's own metadata (Markdown front matter, a page's title and site) and its body. */
function split(input: ArticleInput): { meta: Record<string, unknown>; body: string } {
  if (input.format === 'html') {
    const page = readableText(input.text);
    const date = page.published?.slice(0, 10);
    return {
      meta: { title: page.title, outlet: page.site, ...(date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}) },
      body: page.text,
    };
  }
  const m = input.format === 'md' ? FRONT.exec(input.text) : null;
  if (!m) return { meta: {}, body: input.text };
  let meta: unknown;
  try {
    meta = parseYaml(m[1]!);
  } catch (err) {
    throw new ArticleInputError(`front matter is not valid YAML: ${yamlError(err, m[1]!, 1)}`);
  }
  return {
    meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {},
    body: input.text.slice(m[0].length),
  };
}

/** A file-name-safe id from a title: lowercase ASCII letters, digits and dashes, at most 64 characters. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return s.length >= 2 ? s : '';
}

/** Normalised body text, so the same text uploaded twice (other line endings, trailing spaces) hashes the same. */
function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\s+$/g, '');
}

/** sha256 of the normalised body: how a re-upload of the same text is recognised. */
export function contentHash(body: string): string {
  return createHash('sha256').update(normaliseBody(body)).digest('hex');
}

/**
 * Validates and completes an article: given fields win over the text's own; an outlet nobody names is "unknown"
 * (said honestly rather than guessed); a missing language is detected from the text; the id comes from the title.
 */
export function prepareArticle(input: ArticleInput, detectLanguage: (text: string) => string): PreparedArticle {
  const { meta, body: raw } = split(input);
  const body = normaliseBody(raw);
  if (!body) throw new ArticleInputError('the article text is empty', 'body');
  const given = Object.fromEntries(
    Object.entries({
      title: input.title,
      outlet: input.outlet,
      date: input.date,
      language: input.language,
      url: input.url,
      author: input.author,
    })
      .map(([k, v]) => [k, v?.trim()])
      .filter(([, v]) => v),
  );
  const merged: Record<string, unknown> = { ...meta, ...given };
  merged.outlet ??= 'unknown';
  merged.language ??= detectLanguage(body);
  if (typeof merged.title !== 'string' || !merged.title.trim())
    throw new ArticleInputError('title: is required (the title option, front matter or the page title)', 'title');
  merged.id ??= slug(merged.title) || `article-${contentHash(body).slice(0, 8)}`;
  for (const k of ['date', 'id'])
    if (merged[k] instanceof Date || typeof merged[k] === 'number') merged[k] = String(merged[k]);
  const parsed = frontMatterSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || undefined;
    const what = issue.message === 'Required' ? 'is required' : issue.message;
    throw new ArticleInputError(`${field ?? 'front matter'}: ${what}`, field);
  }
  return { frontMatter: parsed.data, body };
}

/** The file's text: YAML front matter, then the body exactly as it will be quoted. */
export function articleText(a: PreparedArticle): string {
  const fm = Object.fromEntries(Object.entries(a.frontMatter).filter(([, v]) => v !== undefined));
  return `---\n${stringify(fm, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd()}\n---\n${a.body}\n`;
}

export type WriteOutcome =
  | { status: 'added' | 'replaced'; id: string; file: string }
  | { status: 'duplicate'; id: string; file: string };

/** The absolute path of an article's file, refusing anything that is not directly inside the corpus folder. */
async function fileIn(dir: string, article: Pick<Article, 'file'>): Promise<string> {
  const inside = await realpath(dir);
  const path = resolve(article.file);
  const real = await realpath(path).catch(() => path);
  if (!real.startsWith(`${inside}${sep}`) || real.slice(inside.length + 1).includes(sep))
    throw new ArticleInputError(`${article.file} is not a file of the corpus folder`);
  return real;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the article into the corpus folder: the same text as an existing article (by content hash) is not added
 * again; the same id with another text replaces that article's file; otherwise a new file named after the id.
 * Written to a hidden temp file and renamed, so neither the loader nor the watcher ever reads it half-written.
 */
export async function writeArticle(
  dir: string,
  a: PreparedArticle,
  existing: readonly Article[],
): Promise<WriteOutcome> {
  const hash = contentHash(a.body);
  const same = existing.find((e) => contentHash(e.body) === hash);
  if (same) return { status: 'duplicate', id: same.id, file: same.file };
  await mkdir(dir, { recursive: true });
  const previous = existing.find((e) => e.id === a.frontMatter.id);
  let target: string;
  if (previous) target = await fileIn(dir, previous);
  else {
    target = join(dir, `${a.frontMatter.id}.md`);
    for (let n = 2; await exists(target); n++) target = join(dir, `${a.frontMatter.id}-${n}.md`);
  }
  await writeAtomically(target, articleText(a));
  return { status: previous ? 'replaced' : 'added', id: a.frontMatter.id, file: target };
}

/**
 * Writes a file of the corpus folder through a hidden temp file beside it and a rename, so neither the loader nor the
 * watcher (which ignore dot files) ever reads it half-written; the temp file is removed when the write fails.
 */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Deletes an article's file from the corpus folder (only a file directly inside it). */
export async function removeArticle(dir: string, article: Pick<Article, 'file'>): Promise<void> {
  await unlink(await fileIn(dir, article));
}
