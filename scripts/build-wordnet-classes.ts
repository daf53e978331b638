/**
 * Builds data/lexicon/wordnet-classes-en.tsv: for an English noun that heads names ("Academy" in "Naval Academy",
 * "River" in "Hudson River"), the one-word nouns of the classes Princeton WordNet 3.0 puts it in (Debian's
 * `wordnet-base`, /usr/share/wordnet): "academy" → "school", "institution"; "hospital" → "building". "What school
 * did they meet at?" is answered by "Sandia View Academy".
 *
 * Heads: the last word of WordNet's own names of two words or more, each capitalised ("Air Force Academy"), when at
 * least MIN_NAMES names end in it and WordNet knows it as a common noun (its first sense written in lower case), so
 * "Smith" of "John Smith" is not a class. Two more heads stand for what the answerer reads as names of a class
 * without a head word: "website" for a domain name ("podiobooks.com"), "country" for a country's name.
 * Classes: the words of its first MAX_SENSES senses and of their hypernyms up to DEPTH levels up, skipping a general
 * sense over more than MAX_HYPONYMS narrower ones ("organization", "group" say nothing of the name).
 *
 * Output: `head<TAB>class1|class2|…`, lines sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-classes.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import { indexEntries, readSynsets, runBuild, type TableBuild, table, WORD, WORDNET_DIR } from './wordnet.js';

export const CLASSES_OUTPUT = join(LEXICON_DIR, 'wordnet-classes-en.tsv');

const MIN_NAMES = 2;
const MAX_SENSES = 2;
const DEPTH = 2;
const MAX_HYPONYMS = 60;
/** Heads the answerer gives names that have none (src/answer/classes.ts). */
const EXTRA_HEADS = ['website', 'country'];
/** Small words inside a name: "Bay of Pigs", "Church of England". */
const JOINERS = new Set(['of', 'the', 'and', 'de', 'la', 'le', 'du', 'von', 'van']);

/** How many of WordNet's capitalised names of two words or more end in each word, and its lower-case nouns. */
function nameHeads(dir: string): { heads: Map<string, number>; common: Set<string> } {
  const heads = new Map<string, number>();
  const common = new Set<string>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    for (let i = 0; i < Number.parseInt(f[3]!, 16); i++) {
      const lemma = f[4 + 2 * i]!;
      const ws = lemma.split('_');
      if (ws.length === 1 && WORD.test(lemma)) common.add(lemma);
      const last = ws.at(-1)!;
      if (ws.length < 2 || !/^[A-Z][a-z]+$/.test(last)) continue;
      if (!ws.every((w) => JOINERS.has(w) || /^[A-Z]/.test(w))) continue;
      heads.set(last.toLowerCase(), (heads.get(last.toLowerCase()) ?? 0) + 1);
    }
  }
  return { heads, common };
}

export function buildWordnetClasses(dir = WORDNET_DIR): TableBuild {
  const synsets = readSynsets(dir, '@');
  const narrower = new Map<string, number>();
  for (const s of synsets.values())
    for (const [, target] of s.links) narrower.set(target, (narrower.get(target) ?? 0) + 1);
  const { heads, common } = nameHeads(dir);
  const lines: string[] = [];
  for (const { lemma, synsets: own } of indexEntries(dir, 'n')) {
    const named = (heads.get(lemma) ?? 0) >= MIN_NAMES && common.has(lemma);
    if (!WORD.test(lemma) || !(named || EXTRA_HEADS.includes(lemma))) continue;
    const out = new Set<string>();
    let level = own.slice(0, MAX_SENSES);
    for (const key of level) for (const w of synsets.get(key)?.lemmas ?? []) out.add(w);
    for (let d = 0; d < DEPTH; d++) {
      level = level.flatMap((key) => (synsets.get(key)?.links ?? []).map(([, target]) => target));
      level = level.filter((key) => (narrower.get(key) ?? 0) <= MAX_HYPONYMS);
      for (const key of level) for (const w of synsets.get(key)?.lemmas ?? []) out.add(w);
    }
    const classes = [...out].filter((w) => WORD.test(w) && w !== lemma);
    if (classes.length > 0) lines.push(`${lemma}\t${classes.join('|')}`);
  }
  return table(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(CLASSES_OUTPUT, () => buildWordnetClasses());
