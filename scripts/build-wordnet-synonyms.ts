/**
 * Builds data/lexicon/wordnet-synonyms-en.tsv: English synonyms by part of speech, from Princeton WordNet 3.0
 * (Debian's `wordnet-base`, /usr/share/wordnet).
 *
 * A word's synonyms in a part of speech are the other one-word lemmas of its most frequent sense there (the first
 * synset index.<pos> lists, when the tagged corpus saw it): "tilt" (verb) → "lean", "tip", "slant", "angle". A synonym
 * with more than MAX_SYNONYM_SENSES senses in all is left out: "place" (31 senses) for "home", "try" for "test" say
 * too many other things to stand for the asked word.
 *
 * Output: `word:pos<TAB>synonym1|synonym2|…`, pos one of n v a r, at most MAX_SYNONYMS, in WordNet's order, lines
 * sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-synonyms.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cmp, LEXICON_DIR, writeOrCheck } from './build-lexicon.js';

export const SYNONYMS_OUTPUT = join(LEXICON_DIR, 'wordnet-synonyms-en.tsv');
export const WORDNET_DIR = process.env.WORDNET_DIR ?? '/usr/share/wordnet';

const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
/** A synonym with more senses than this, over every part of speech, is too broad a word ("place", "set", "try"). */
const MAX_SYNONYM_SENSES = 6;
const MAX_SYNONYMS = 4;
/** One plain word: no phrase ("plant life"), no digits, apostrophes or hyphens. */
const WORD = /^[a-z]+$/;

/** Synset offset + pos → its lemmas, lowercased, without an adjective's marker ("(a)"). */
function readLemmas(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [p, file] of Object.entries(POS)) {
    for (const line of readFileSync(join(dir, `data.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = Number.parseInt(f[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
      out.set(`${f[0]}${p}`, lemmas);
    }
  }
  return out;
}

export interface SynonymsBuild {
  text: string;
  entries: number;
}

export function buildWordnetSynonyms(dir = WORDNET_DIR): SynonymsBuild {
  const lemmas = readLemmas(dir);
  const senses = new Map<string, number>();
  const first: [key: string, synset: string][] = [];
  for (const [p, file] of Object.entries(POS)) {
    for (const line of readFileSync(join(dir, `index.${file}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0]!;
      senses.set(lemma, (senses.get(lemma) ?? 0) + Number(f[2]));
      const pointers = Number(f[3]);
      const tagged = Number(f[5 + pointers]);
      // A sense the tagged corpus never saw is no word's usual meaning.
      if (tagged > 0 && WORD.test(lemma)) first.push([`${lemma}:${p}`, `${f[6 + pointers]}${p}`]);
    }
  }
  const lines: string[] = [];
  for (const [key, synset] of first) {
    const word = key.split(':')[0]!;
    const synonyms = (lemmas.get(synset) ?? [])
      .filter((l) => l !== word && WORD.test(l) && (senses.get(l) ?? 0) <= MAX_SYNONYM_SENSES)
      .slice(0, MAX_SYNONYMS);
    if (synonyms.length > 0) lines.push(`${key}\t${synonyms.join('|')}`);
  }
  lines.sort(cmp);
  return { text: `${lines.join('\n')}\n`, entries: lines.length };
}

function main(): void {
  if (!existsSync(join(WORDNET_DIR, 'index.noun'))) {
    console.error(`${WORDNET_DIR}/index.noun not found: apt-get install wordnet-base (or set WORDNET_DIR)`);
    process.exit(2);
  }
  const built = buildWordnetSynonyms();
  writeOrCheck([[SYNONYMS_OUTPUT, built.text, built.entries]], process.argv.includes('--check'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
