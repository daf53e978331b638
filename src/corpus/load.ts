import { createHash } from 'node:crypto';
import { lstatSync, realpathSync, type Stats, statSync } from 'node:fs';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Article, type ArticleError, type FileStat, frontMatterSchema } from './article.js';
import { yamlError } from './yaml-error.js';

export interface LoadedCorpus {
  articles: Article[];
  errors: ArticleError[];
}

/** Files checked between two turns of the event loop while a corpus loads. */
const YIELD_EVERY = 1000;
const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
/** Default of MAX_ARTICLE_BYTES: far above any news article, far below what would stall a start. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses one corpus file. Throws nothing: problems come back as errors naming the file and the field. */
export function parseArticle(file: string, text: string): Article | ArticleError[] {
  // A byte order mark (editors on Windows add one) is no part of the text; offsets and the hash are of what follows.
  const bom = text.startsWith('\uFEFF');
  if (bom) text = text.slice(1);
  const m = FRONT.exec(text);
  if (!m) return [{ file, message: 'missing YAML front matter (the file must start with a --- block)' }];
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (err) {
    return [{ file, message: `front matter is not valid YAML: ${yamlError(err, m[1]!, 1)}` }];
  }
  const parsed = frontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({
      file,
      field: i.path.join('.') || undefined,
      message: `${i.path.join('.') || 'front matter'}: ${i.message === 'Required' ? 'is required' : i.message}`,
    }));
  }
  const body = text.slice(m[0].length);
  if (body.trim().length === 0) return [{ file, field: 'body', message: 'body: the article text is empty' }];
  return { ...parsed.data, file, body, hash: createHash('sha256').update(text).digest('hex') };
}

export interface LoadOptions {
  /**
   * The article as an index already holds it, when the file is the one it was read from (same size, modification
   * and change times): then the file is not read or hashed again, which is most of opening a large corpus.
   */
  reuse?: (file: string, stat: FileStat) => Article | undefined;
}

/** The corpus folder is missing or not a folder: nothing can be answered until CORPUS_DIR names the right one. */
export class CorpusDirError extends Error {
  override name = 'CorpusDirError';
}

async function listFolder(abs: string, dir: string): Promise<string[]> {
  try {
    return await readdir(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : undefined;
    if (!what) throw err;
    const where = abs === dir ? dir : `${dir} (${abs})`;
    throw new CorpusDirError(
      `the corpus folder ${where} ${what}: set CORPUS_DIR to the folder that holds the articles (*.md)`,
    );
  }
}

/**
 * Loads every `*.md` under `dir` (any case: `UPPER.MD` too). A bad file is reported and skipped; the other articles
 * still load. Duplicate ids are errors for the later file (sorted by name, so the outcome is stable).
 */
export async function loadCorpus(
  dir: string,
  root = process.cwd(),
  opts: LoadOptions & { maxBytes?: number } = {},
): Promise<LoadedCorpus> {
  const abs = resolve(root, dir);
  const maxBytes = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  const names = (await listFolder(abs, dir))
    .filter((n) => n.toLowerCase().endsWith('.md') && !n.startsWith('.') && n.toLowerCase() !== 'readme.md')
    .sort();
  const articles: Article[] = [];
  const errors: ArticleError[] = [];
  const seen = new Map<string, string>();
  const inside = `${await realpath(abs)}${sep}`;
  // Each file's corpus-relative path, without a path.relative (two path.resolve) per file: 0.1 s at 50,000 files.
  const relDir = relative(root, abs);
  for (const [i, name] of names.entries()) {
    // The checks below are synchronous (an unchanged file is two system calls, ~3 µs each, against ~20 µs for a
    // promise each): 50,000 files are checked in 0.15 s instead of 2 s. Other work runs between batches.
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
    const path = join(abs, name);
    const file = relDir ? `${relDir}${sep}${name}` : name;
    const checked = confinement(path, inside);
    if (typeof checked === 'string') {
      errors.push({ file, message: checked });
      continue;
    }
    // Taken before reading: a file changed after this is seen as changed at the next load.
    const st = checked;
    const fileStat: FileStat = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
    const reused = opts.reuse?.(file, fileStat);
    let result: Article | ArticleError[];
    if (reused) result = reused;
    else {
      const read = await readArticle(path, st.size, maxBytes);
      if (typeof read !== 'string') {
        errors.push({ file, message: read.problem });
        continue;
      }
      result = parseArticle(file, read);
      if (!Array.isArray(result)) result.stat = fileStat;
    }
    if (Array.isArray(result)) {
      errors.push(...result);
      continue;
    }
    const dup = seen.get(result.id);
    if (dup) {
      errors.push({ file, field: 'id', message: `id: "${result.id}" is already used by ${dup}` });
      continue;
    }
    seen.set(result.id, file);
    articles.push(result);
  }
  return { articles, errors };
}

/**
 * Articles are read only from regular files inside the corpus folder: a symbolic link is followed only when it ends
 * inside the folder, so a link (or a folder named *.md) cannot make Bron read, index and quote a file from elsewhere.
 * Returns why the path is not an article file, or the file's stat (of its target, for a link).
 */
function confinement(path: string, inside: string): string | Stats {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) {
    const target = realpathOrUndefined(path);
    if (!target) return 'is a symbolic link to a file that does not exist';
    if (!target.startsWith(inside))
      return 'is a symbolic link to a file outside the corpus folder; copy the article into the folder instead';
    const linked = statSync(target);
    return linked.isFile() ? linked : 'is not a regular file';
  }
  return st.isFile() ? st : 'is not a regular file';
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The text of an article file, or why it cannot be one. The size (from the stat the load took) is checked before
 * anything is read, so a huge file (a 3 GB dump) is named and skipped instead of aborting the load or stalling every
 * start; bytes that are not UTF-8 are refused rather than turned into U+FFFD inside what Bron presents as verbatim
 * quotes.
 */
async function readArticle(path: string, size: number, maxBytes: number): Promise<string | { problem: string }> {
  if (size > maxBytes)
    return {
      problem:
        `is ${mb(size)}, over the ${mb(maxBytes)} limit for one article (MAX_ARTICLE_BYTES); ` +
        'split it into several articles or raise the limit',
    };
  const bytes = await readFile(path);
  try {
    return utf8.decode(bytes);
  } catch {
    const lenient = new TextDecoder().decode(bytes); // bad bytes become U+FFFD: find the first one's line
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { problem: `is not valid UTF-8 (line ${line}); save it as UTF-8, quotes must be the text exactly` };
  }
}

function mb(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
