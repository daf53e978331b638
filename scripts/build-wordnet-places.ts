/**
 * Builds data/lexicon/wordnet-places-en.tsv: the English nouns whose most frequent sense Princeton WordNet 3.0 puts
 * under "location" or "structure" (Debian's `wordnet-base`, /usr/share/wordnet): "cemetery", "hospital", "church",
 * not "theory" or "council". "In which hospital did he die?" asks for a place, as "where" does.
 *
 * Only nouns the tagged corpus saw, one word each. Output: `noun<TAB>place`, lines sorted by code point.
 *
 * Usage: npx tsx scripts/build-wordnet-places.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import { nounClassTable, runBuild, type TableBuild, WORDNET_DIR } from './wordnet.js';

export const PLACES_OUTPUT = join(LEXICON_DIR, 'wordnet-places-en.tsv');

/** location.n.01 ("a point or extent in space"), structure.n.01 ("a thing constructed"). */
const PLACES = new Set(['00027167n', '04341686n']);

export function buildWordnetPlaces(dir = WORDNET_DIR): TableBuild {
  return nounClassTable(dir, PLACES, 'place');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(PLACES_OUTPUT, () => buildWordnetPlaces());
