/**
 * Builds data/lexicon/wordnet-synonyms-en.tsv: English synonyms by part of speech, from Princeton WordNet 3.0
 * (Debian's `wordnet-base`, /usr/share/wordnet).
 *
 * A word's synonyms in a part of speech are the other one-word lemmas of its usual senses there: the most frequent
 * (the first synset index.<pos> lists, when the tagged corpus saw it), and any other the tagged corpus saw in at least
 * USUAL_SHARE of the word's uses (cntlist.rev): "tilt" (verb) → "lean", "tip", "slant", "angle"; "compare" → "liken",
 * "equate", of the sense "consider as similar", which is not its most frequent. A synonym with more than
 * MAX_SYNONYM_SENSES senses in all is left out: "place" (31 senses) for "home", "try" for "test" say too many other
 * things to stand for the asked word.
 *
 * A phrasal verb of two words is a key too, written with a space ("throw away:v" → "discard"), its synonyms one word.
 *
 * Output: `word:pos<TAB>synonym1|synonym2|…`, pos one of n v a r, at most MAX_SYNONYMS, in WordNet's order, lines
 * sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-synonyms.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import {
  indexEntries,
  PARTS,
  readSynsets,
  runBuild,
  senseCounts,
  type TableBuild,
  table,
  USUAL_SHARE,
  usualSenses,
  WORD,
  WORDNET_DIR,
} from './wordnet.js';

export const SYNONYMS_OUTPUT = join(LEXICON_DIR, 'wordnet-synonyms-en.tsv');

/** A synonym with more senses than this, over every part of speech, is too broad a word ("place", "set", "try"). */
const MAX_SYNONYM_SENSES = 6;
const MAX_SYNONYMS = 4;
/** A phrasal verb of two words ("throw_away", "find_out"), kept as a key written with a space: "throw away:v". */
const PHRASAL = /^[a-z]+_[a-z]+$/;

export function buildWordnetSynonyms(dir = WORDNET_DIR): TableBuild {
  const synsets = readSynsets(dir);
  const senses = new Map<string, number>();
  const counts = senseCounts(dir);
  const usual: [key: string, synsets: string[]][] = [];
  for (const p of PARTS)
    for (const entry of indexEntries(dir, p)) {
      senses.set(entry.lemma, (senses.get(entry.lemma) ?? 0) + entry.senses);
      const key = `${entry.lemma}:${p}`;
      const phrasal = p === 'v' && PHRASAL.test(entry.lemma);
      if (WORD.test(entry.lemma) || phrasal) usual.push([key, usualSenses(entry, counts.get(key), USUAL_SHARE)]);
    }
  const lines: string[] = [];
  for (const [key, own] of usual) {
    const word = key.split(':')[0]!;
    const all = new Set(own.flatMap((s) => synsets.get(s)?.lemmas ?? []));
    const synonyms = [...all]
      .filter((l) => l !== word && WORD.test(l) && (senses.get(l) ?? 0) <= MAX_SYNONYM_SENSES)
      .slice(0, MAX_SYNONYMS);
    if (synonyms.length > 0) lines.push(`${key.replace('_', ' ')}\t${synonyms.join('|')}`);
  }
  return table(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(SYNONYMS_OUTPUT, () => buildWordnetSynonyms());
