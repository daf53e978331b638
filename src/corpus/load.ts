import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type Article, type ArticleError, frontMatterSchema } from './article.js';

export interface LoadedCorpus {
  articles: Article[];
  errors: ArticleError[];
}

const FRONT = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Parses one corpus file. Throws nothing: problems come back as errors naming the file and the field. */
export function parseArticle(file: string, text: string): Article | ArticleError[] {
  const m = FRONT.exec(text);
  if (!m) return [{ file, message: 'missing YAML front matter (the file must start with a --- block)' }];
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (err) {
    return [{ file, message: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` }];
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

/**
 * Loads every `*.md` under `dir`. A bad file is reported and skipped; the other articles still load.
 * Duplicate ids are errors for the later file (sorted by name, so the outcome is stable).
 */
export async function loadCorpus(dir: string, root = process.cwd()): Promise<LoadedCorpus> {
  const abs = resolve(root, dir);
  const names = (await readdir(abs))
    .filter((n) => n.endsWith('.md') && !n.startsWith('.') && n.toLowerCase() !== 'readme.md')
    .sort();
  const articles: Article[] = [];
  const errors: ArticleError[] = [];
  const seen = new Map<string, string>();
  const inside = `${await realpath(abs)}${sep}`;
  for (const name of names) {
    const path = join(abs, name);
    const file = relative(root, path) || name;
    const problem = await confinement(path, inside);
    if (problem) {
      errors.push({ file, message: problem });
      continue;
    }
    const result = parseArticle(file, await readFile(path, 'utf8'));
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
 */
async function confinement(path: string, inside: string): Promise<string | undefined> {
  const st = await lstat(path);
  if (st.isSymbolicLink()) {
    const target = await realpath(path).catch(() => undefined);
    if (!target) return 'is a symbolic link to a file that does not exist';
    if (!target.startsWith(inside))
      return 'is a symbolic link to a file outside the corpus folder; copy the article into the folder instead';
    return (await lstat(target)).isFile() ? undefined : 'is not a regular file';
  }
  return st.isFile() ? undefined : 'is not a regular file';
}
