/**
 * Builds data/lexicon/wordnet-derivations-en.tsv: English words made from one another, from Princeton WordNet 3.0's
 * "derivationally related form" links (Debian's `wordnet-base`, /usr/share/wordnet).
 *
 * A word's derivations in a part of speech are the one-word lemmas its senses the tagged corpus saw link to: "bury"
 * (verb) → "burial", "die" → "death", "high" (adj) → "height". The stemmer leaves these apart; suffix rules
 * (`nominalSuffixes`) find only the regular ones.
 *
 * An adjective's pertainyms count too, and the other way round ("lunar" ↔ "moon", "dental" ↔ "tooth"), where the
 * tagged corpus saw both ends' senses.
 *
 * A derived word the English stemmer already joins to the word is left out. Attribute links ("new" → "age") are not
 * followed: "news", whose base form is "new", would meet any "age".
 *
 * Output: `word:pos<TAB>derived1|derived2|…`, pos one of n v a r, at most MAX_DERIVATIONS in WordNet's order, lines
 * sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-derivations.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stem } from '../src/text/analyze.js';
import { LEXICON_DIR } from './build-lexicon.js';
import { indexEntries, PARTS, readSynsets, runBuild, type TableBuild, table, WORD, WORDNET_DIR } from './wordnet.js';

export const DERIVATIONS_OUTPUT = join(LEXICON_DIR, 'wordnet-derivations-en.tsv');

const MAX_DERIVATIONS = 4;

export function buildWordnetDerivations(dir = WORDNET_DIR): TableBuild {
  const synsets = readSynsets(dir, '+');
  const pertaining = pertainyms(dir);
  const lines: string[] = [];
  for (const p of PARTS)
    for (const { lemma, tagged, synsets: own } of indexEntries(dir, p)) {
      if (!WORD.test(lemma)) continue;
      // The senses the tagged corpus saw (they come first), at least the first: a rare sense's relatives mislead.
      const out = new Set<string>();
      for (const key of own.slice(0, Math.max(1, tagged))) {
        for (const word of pertaining.get(`${lemma} ${key}`) ?? [])
          if (stem(word, 'en') !== stem(lemma, 'en')) out.add(word);
        const synset = synsets.get(key);
        if (!synset) continue;
        const at = synset.lemmas.indexOf(lemma) + 1;
        for (const [source, target, word] of synset.links) {
          const derived = source === at ? synsets.get(target)?.lemmas[word - 1] : undefined;
          // One stem already: the stemmer joins them ("treats", "treating").
          if (derived && WORD.test(derived) && stem(derived, 'en') !== stem(lemma, 'en')) out.add(derived);
        }
      }
      if (out.size > 0) lines.push(`${lemma}:${p}\t${[...out].slice(0, MAX_DERIVATIONS).join('|')}`);
    }
  return table(lines);
}

/**
 * An adjective's pertainyms, the nouns it says "of" ("solar" → "sun", "Panamanian" → "Panama"), and the other way
 * round: `lemma synset` → one-word lemmas, for the sense the link leaves from or reaches.
 */
function pertainyms(dir: string): Map<string, string[]> {
  const synsets = readSynsets(dir, '\\');
  const usual = new Set<string>();
  for (const p of PARTS)
    for (const { lemma, tagged, synsets: own } of indexEntries(dir, p))
      for (const key of own.slice(0, tagged)) usual.add(`${lemma} ${key}`);
  const out = new Map<string, string[]>();
  const add = (key: string, word: string) => out.set(key, [...(out.get(key) ?? []), word]);
  for (const [key, synset] of synsets)
    for (const [source, target, word] of synset.links) {
      const from = synset.lemmas[source - 1];
      const to = synsets.get(target)?.lemmas[word - 1];
      if (!from || !to || !WORD.test(from) || !WORD.test(to) || !target.endsWith('n')) continue;
      // Both ends a sense the tagged corpus saw: "cancer" is no "anticancer", "heat" no "geothermal".
      if (!usual.has(`${from} ${key}`) || !usual.has(`${to} ${target}`)) continue;
      add(`${from} ${key}`, to);
      add(`${to} ${target}`, from);
    }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(DERIVATIONS_OUTPUT, () => buildWordnetDerivations());
