import { baseFormsOf } from './lexicon.js';
import type { PartOfSpeech } from './types.js';
import { wordnetTable } from './wordnet-tables.js';

/**
 * Words related to one language's words by part of speech, from Princeton WordNet for English
 * (data/lexicon/wordnet-{synonyms,derivations,hypernyms}-en.tsv, built by scripts/build-wordnet-*.ts) and for Dutch
 * synonyms from Open Dutch WordNet and Wiktionary (wordnet-synonyms-nl.tsv). The bilingual
 * lexicon's round trip finds synonyms too (`Lexicon.synonyms`), but only through the other language's first words.
 * The tables themselves are read by wordnet-tables.ts.
 */

/** The synonym tables that give a word's parts of speech well enough to tell an adverb: Princeton WordNet's. */
const PARTS_KNOWN: ReadonlySet<string> = new Set(['en']);

/**
 * synonyms: the other words of a word's most frequent sense ("tilt", verb: "lean", "slant"); derivations: the words
 * made from it or it from them ("bury" → "burial", "die" → "death"), which the stemmer leaves apart; hypernyms: a
 * verb's more general verbs ("topple" → "fall"); hyponyms: its narrower ones ("write" → "draft"), the hypernyms turned
 * round.
 */
export const RELATIONS = ['synonyms', 'derivations', 'hypernyms', 'hyponyms'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * A word more general than this many is too general to be said by any of them: "make" has dozens ("bake", "forge"),
 * "write" a few ("draft", "type"), each a way of writing.
 */
const MAX_HYPONYMS = 8;

/** The hyponym tables, each the hypernyms' turned round once. */
const loaded = new Map<string, ReadonlyMap<string, readonly string[]>>();

function tableOf(relation: Relation, lang: string): ReadonlyMap<string, readonly string[]> | undefined {
  return relation === 'hyponyms' ? hyponymsOf(lang) : wordnetTable(relation, lang);
}

/** The words related to this one in these parts of speech, of the word or its base form ("tilted" → "tilt"). */
export function relatedByPart(
  relation: Relation,
  word: string,
  lang: string,
  parts: readonly PartOfSpeech[],
): string[] {
  const map = tableOf(relation, lang);
  if (!map) return [];
  const out = new Set<string>();
  for (const w of [word, ...baseFormsOf(word, lang)])
    for (const p of parts) for (const s of map.get(`${w}:${p}`) ?? []) out.add(s);
  return [...out];
}

/**
 * "pagina" ↔ "bladzijde": the synonyms that list the word among their own in the same part of speech. For a language
 * whose pack cannot guess a word's part of speech, a link both ways says the same sense; one way may be another one's.
 */
export function mutualSynonyms(word: string, lang: string, parts: readonly PartOfSpeech[]): string[] {
  const own = new Set([word, ...baseFormsOf(word, lang)]);
  const out = new Set<string>();
  for (const p of parts)
    for (const s of relatedByPart('synonyms', word, lang, [p]))
      if (relatedByPart('synonyms', s, lang, [p]).some((b) => own.has(b))) out.add(s);
  return [...out];
}

/** WordNet knows the word as an adverb and neither as a noun nor as a verb: "usually", "really", not "still". */
export function onlyAdverb(word: string, lang: string): boolean {
  if (!PARTS_KNOWN.has(lang)) return false;
  const has = (part: PartOfSpeech) => relatedByPart('synonyms', word, lang, [part]).length > 0;
  return has('r') && !has('n') && !has('v');
}

/** "write" → "draft", "type": the more general words' table turned round, for words not too general. */
function hyponymsOf(lang: string): ReadonlyMap<string, readonly string[]> | undefined {
  const cached = loaded.get(`hyponyms:${lang}`);
  if (cached) return cached;
  const general = tableOf('hypernyms', lang);
  if (!general) return undefined;
  const map = new Map<string, string[]>();
  for (const [key, wider] of general) {
    const [word, part] = key.split(':');
    for (const w of wider) map.set(`${w}:${part}`, [...(map.get(`${w}:${part}`) ?? []), word!]);
  }
  for (const [key, list] of map) if (list.length > MAX_HYPONYMS) map.delete(key);
  loaded.set(`hyponyms:${lang}`, map);
  return map;
}
