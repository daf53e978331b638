/**
 * Builds data/lexicon/wordnet-hypernyms-en.tsv: for an English verb, the verbs of the more general sense Princeton
 * WordNet 3.0 puts it under (Debian's `wordnet-base`, /usr/share/wordnet): "topple" → "descend", "fall"; "murder" →
 * "kill"; "stroll" → "walk". An article tells what happened in its own, often plainer, words.
 *
 * Only a verb's most frequent sense, when the tagged corpus saw it; only a general sense with at most MAX_HYPONYMS
 * narrower ones ("change", "move", "make" stand over hundreds and say nothing). Nouns are left out: with them, one
 * more covid-qa answer was lost and one unanswerable question answered than without (npm run eval, 3 Dec 2026).
 *
 * Output: `word:v<TAB>general1|general2|…`, at most MAX_GENERAL, lines sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-hypernyms.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import { indexEntries, readSynsets, runBuild, type TableBuild, table, WORD, WORDNET_DIR } from './wordnet.js';

export const HYPERNYMS_OUTPUT = join(LEXICON_DIR, 'wordnet-hypernyms-en.tsv');

/** A general sense over more verbs than this is too general to stand for any of them. */
const MAX_HYPONYMS = 50;
const MAX_GENERAL = 4;

export function buildWordnetHypernyms(dir = WORDNET_DIR): TableBuild {
  const synsets = readSynsets(dir, '@');
  const narrower = new Map<string, number>();
  for (const s of synsets.values())
    for (const [, target] of s.links) narrower.set(target, (narrower.get(target) ?? 0) + 1);
  const lines: string[] = [];
  for (const { lemma, tagged, synsets: own } of indexEntries(dir, 'v')) {
    if (!WORD.test(lemma) || tagged === 0) continue;
    const out = new Set<string>();
    for (const [, target] of synsets.get(own[0]!)?.links ?? []) {
      if ((narrower.get(target) ?? 0) > MAX_HYPONYMS) continue;
      for (const general of synsets.get(target)?.lemmas ?? [])
        if (WORD.test(general) && general !== lemma) out.add(general);
    }
    if (out.size > 0) lines.push(`${lemma}:v\t${[...out].slice(0, MAX_GENERAL).join('|')}`);
  }
  return table(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(HYPERNYMS_OUTPUT, () => buildWordnetHypernyms());
