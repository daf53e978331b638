import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { type LexiconEntries, lexiconKey, parseLexiconLines } from '../lang/lexicon-lines.js';
import type { ArticleError } from './article.js';
import { writeAtomically } from './write.js';

/**
 * The optional file in the corpus folder where admins give the English→Dutch words of their corpus's subject, which
 * a general dictionary lacks or ranks below another sense ("strike" as "staking", "fine" as "boete"). It is applied
 * over the shipped lexicon for this corpus only, in both directions: a Dutch question finds the English words too.
 */
export const GLOSSARY_FILE = 'glossary.tsv';

/**
 * Reads `<corpus>/glossary.tsv`: one English word or phrase per line, a tab, its Dutch words best first separated by
 * "|" ("strike<TAB>staking|stakingen"), or "=" for a word that is the same in Dutch, which the dictionary's
 * translations would only blur ("president<TAB>="). "#" starts a comment. A missing file is no glossary; a bad line
 * is reported by line number and left out, the others still apply.
 */
export async function loadGlossary(
  dir: string,
  root = process.cwd(),
): Promise<{ glossary: LexiconEntries; errors: ArticleError[] }> {
  const path = join(resolve(root, dir), GLOSSARY_FILE);
  const file = relative(root, path) || GLOSSARY_FILE;
  try {
    return parseGlossary(await readFile(path, 'utf8'), file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { glossary: new Map(), errors: [] };
    return { glossary: new Map(), errors: [{ file, message: `cannot be read: ${(err as Error).message}` }] };
  }
}

export function parseGlossary(
  text: string,
  file = GLOSSARY_FILE,
): { glossary: LexiconEntries; errors: ArticleError[] } {
  const { entries, problems } = parseLexiconLines(text);
  return { glossary: entries, errors: problems.map((message) => ({ file, message })) };
}

/** An entry an admin gave that cannot be written, told to them. */
export class GlossaryInputError extends Error {
  override name = 'GlossaryInputError';
}

/** Edits run one after another: two admins' edits read and write the file in turn, neither is lost. */
let editing: Promise<unknown> = Promise.resolve();

/**
 * Adds or replaces one entry of `<dir>/glossary.tsv` ("glimmerball", "glimbal|glimballen" or "="), keeping every
 * other line and comment as it was. Checked as a line of the file is; written to a hidden temp file and renamed.
 */
export async function setGlossaryEntry(
  dir: string,
  english: string,
  dutch: string,
): Promise<{ outcome: 'added' | 'replaced'; english: string; dutch: string }> {
  if (/[\t\r\n]/.test(english + dutch)) throw new GlossaryInputError('each word must be one line without tabs');
  const line = `${english.trim()}\t${dutch.trim()}`;
  const { glossary, errors } = parseGlossary(line);
  if (errors[0]) throw new GlossaryInputError(errors[0].message.replace(/^line 1: /, ''));
  // Written as the file's other entries are: the English folded, the Dutch lower case.
  const [key, words] = [...glossary.entries()][0]!;
  const written = words.length > 0 ? words.join('|') : '=';
  const found = await edit(dir, key, `${key}\t${written}`);
  return { outcome: found ? 'replaced' : 'added', english: key, dutch: written };
}

/** Removes the entry for `english`; false when the glossary has none. */
export async function removeGlossaryEntry(dir: string, english: string): Promise<boolean> {
  const key = lexiconKey(english);
  if (!key) throw new GlossaryInputError('the English word is missing');
  return edit(dir, key, undefined);
}

/** Puts `line` where the entry for `key` is (or at the end), or removes that entry; whether it was there. */
function edit(dir: string, key: string, line: string | undefined): Promise<boolean> {
  const run = editing.then(async () => {
    const path = join(dir, GLOSSARY_FILE);
    const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    const lines = text.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    const at = lines.findIndex((l) => parseGlossary(l).glossary.has(key));
    if (at >= 0) lines.splice(at, 1, ...(line === undefined ? [] : [line]));
    else if (line !== undefined) lines.push(line);
    else return false;
    await mkdir(dir, { recursive: true });
    await writeAtomically(path, lines.map((l) => `${l}\n`).join(''));
    return at >= 0;
  });
  editing = run.catch(() => undefined);
  return run;
}
