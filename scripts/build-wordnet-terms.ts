/**
 * Builds data/lexicon/wordnet-terms-en.tsv: the English nouns whose most frequent sense Princeton WordNet 3.0 puts
 * under a kind of thing that common words name, not names (Debian's `wordnet-base`, /usr/share/wordnet): a thought,
 * a motive, a state or property, a substance or chemical agent, a process, a measure, a punishment ("disease",
 * "reason", "theory", "drug", "period", "penalty").
 * "What disease did she catch?" is answered by "tuberculosis", no name; "which company" by a name.
 *
 * Only nouns the tagged corpus saw, one word each. Output: `noun<TAB>term`, lines sorted by code point.
 *
 * Usage: npx tsx scripts/build-wordnet-terms.ts [--check]   (WORDNET_DIR overrides /usr/share/wordnet)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEXICON_DIR } from './build-lexicon.js';
import { nounClassTable, runBuild, type TableBuild, WORDNET_DIR } from './wordnet.js';

export const TERMS_OUTPUT = join(LEXICON_DIR, 'wordnet-terms-en.tsv');

/**
 * cognition.n.01, motivation.n.01, attribute.n.02 (states, feelings, properties), matter.n.03 (substances),
 * agent.n.03 (drugs, detergents), process.n.06 (physical processes and phenomena), measure.n.02 (periods, amounts),
 * punishment.n.01 (penalties: "a fine", "hechtenis").
 */
const TERMS = new Set([
  '00023271n',
  '00023773n',
  '00024264n',
  '00020827n',
  '14778436n',
  '00029677n',
  '00033615n',
  '01160342n',
]);

export function buildWordnetTerms(dir = WORDNET_DIR): TableBuild {
  return nounClassTable(dir, TERMS, 'term');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  runBuild(TERMS_OUTPUT, () => buildWordnetTerms());
