import { readFileSync } from 'node:fs';

/**
 * The format of the lexicon's hand-written files (data/lexicon/general.tsv, a corpus's glossary.tsv): one English word
 * or phrase per line, a tab, its Dutch words best first separated by "|", or "=" for a word both languages write the
 * same; "#" starts a comment. One reader for the build, the shipped lexicon and a corpus's glossary; and the reader
 * of the generated tables (`readTsv`).
 */

/** English key → Dutch translations, best first; an empty list removes the key (a word that is the same in Dutch). */
export type LexiconEntries = ReadonlyMap<string, readonly string[]>;

/** Translations per English word. */
export const MAX_TRANSLATIONS = 4;

/** Longest English word or phrase, in words (and longest Dutch translation the builds keep). */
export const MAX_WORDS = 3;

/** As the lexicon's keys are written: lowercase, diacritics folded, hyphens and runs of spaces as one space. */
export function lexiconKey(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** The entries of a file in this format, and what is wrong with each bad line ("line 6: …"), which is left out. */
export function parseLexiconLines(text: string): { entries: LexiconEntries; problems: string[] } {
  const entries = new Map<string, string[]>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const problem = addLine(line.replace(/(?:^|\s)#.*$/, '').trimEnd(), entries);
    if (problem) problems.push(`line ${i + 1}: ${problem}`);
  });
  return { entries, problems };
}

/** Adds one line's entry; what is wrong with the line, if anything. */
function addLine(line: string, glossary: Map<string, string[]>): string | undefined {
  if (!line.trim()) return undefined;
  const [en = '', nl, extra] = line.split('\t');
  const shape = 'expected "english<TAB>dutch|dutch…" or "english<TAB>="';
  if (nl === undefined || extra !== undefined) return `${shape}, with exactly one tab`;
  const key = lexiconKey(en);
  if (!key) return `${shape}: the English word is missing`;
  if (key.split(' ').length > MAX_WORDS) return `"${en.trim()}" has more than ${MAX_WORDS} words`;
  if (glossary.has(key)) return `"${key}" is listed twice (the first one counts)`;
  if (nl.trim() === '=') {
    glossary.set(key, []);
    return undefined;
  }
  const listed = nl
    .split('|')
    .map((d) => d.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (listed.length > MAX_TRANSLATIONS)
    return `"${key}" has ${listed.length} Dutch words; at most ${MAX_TRANSLATIONS}, best first`;
  // A translation spelled like the English word adds nothing: the asker's own word matches it already.
  const dutch = [...new Set(listed)].filter((d) => lexiconKey(d) !== key);
  if (dutch.length === 0) return `${shape}: "${key}" has no Dutch word other than itself (write "=")`;
  glossary.set(key, dutch);
  return undefined;
}

/** A `key<TAB>value|value|…` file of data/lexicon, read whole; its build script is named when it is missing. */
export function readTsv(
  path: string,
  what: string,
  script = 'scripts/build-lexicon.ts',
): Map<string, readonly string[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read the ${what} lexicon ${path} ` +
        `(regenerate it with "npx tsx ${script}"): ${(err as Error).message}`,
    );
  }
  const map = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const dutch = line
      .slice(tab + 1)
      .split('|')
      .map((d) => d.trim())
      .filter(Boolean);
    if (dutch.length > 0) map.set(line.slice(0, tab), dutch);
  }
  return map;
}
