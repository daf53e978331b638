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
import { nounClassTable, runBuild, type TableBuild, WORDNET_DIR } from './wordnet.js';

export const PERSONS_OUTPUT = join(LEXICON_DIR, 'wordnet-persons-en.tsv');

/** person.n.01 ("a human being"). */
const PERSON = new Set(['00007846n']);

export function buildWordnetPersons(dir = WORDNET_DIR): TableBuild {
  return nounClassTable(dir, PERSON, 'person');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(PERSONS_OUTPUT, () => buildWordnetPersons());
