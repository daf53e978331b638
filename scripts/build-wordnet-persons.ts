/**
 * Builds data/lexicon/wordnet-persons-en.tsv: the English nouns whose most frequent sense Princeton WordNet 3.0 puts
 * under "person" (Debian's `wordnet-base`, /usr/share/wordnet): "artist", "player", "patient", not "computer" or
 * "number". "Which artist made the monument?" asks for someone, as "who" does.
 *
 * Only nouns the tagged corpus saw, one word each. Output: `noun<TAB>person`, lines sorted by code point.
 *
 * Usage: npx tsx scripts/build-wordnet-persons.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import { indexEntries, readSynsets, runBuild, type TableBuild, table, WORD, WORDNET_DIR } from './wordnet.js';

export const PERSONS_OUTPUT = join(LEXICON_DIR, 'wordnet-persons-en.tsv');

/** person.n.01 ("a human being"). */
const PERSON = '00007846n';

export function buildWordnetPersons(dir = WORDNET_DIR): TableBuild {
  const synsets = readSynsets(dir, '@');
  const memo = new Map<string, boolean>();
  const isPerson = (key: string, depth = 0): boolean => {
    if (key === PERSON) return true;
    const known = memo.get(key);
    if (known !== undefined || depth > 20) return known ?? false;
    const out = (synsets.get(key)?.links ?? []).some(([, target]) => isPerson(target, depth + 1));
    memo.set(key, out);
    return out;
  };
  const lines: string[] = [];
  for (const { lemma, tagged, synsets: own } of indexEntries(dir, 'n'))
    if (WORD.test(lemma) && tagged > 0 && own[0] && isPerson(own[0])) lines.push(`${lemma}\tperson`);
  return table(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(PERSONS_OUTPUT, () => buildWordnetPersons());
