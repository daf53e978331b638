/**
 * Builds data/lexicon/wordnet-synonyms-nl.tsv: Dutch synonyms by part of speech, from the Open Multilingual Wordnet's
 * Dutch data (github.com/omwn/omw-data: Open Dutch WordNet's lemmas per Princeton WordNet 3.0 synset,
 * wns/nld/wn-data-nld.tab, and Wiktionary's translation tables, wns/wikt/wn-wikt-nld.tab), its senses ranked by
 * Princeton WordNet's tagged counts (cntlist.rev, Debian's `wordnet-base`).
 *
 * The Dutch data has no frequencies of its own, so a Dutch word's usual senses are the synsets it is a lemma of that
 * the English tagged corpus saw most: the most used one (the uses of all its English lemmas in that sense) and any
 * other used at least USUAL_SHARE as much as all of them. A Dutch word none of whose synsets the tagged corpus saw
 * has no synonyms. Its synonyms are the other one-word lemmas of those senses ("brommer" → "bromfiets",
 * "demonstratie" → "betoging"), MIN_LENGTH letters at least, none a lemma of more than MAX_SYNONYM_SENSES synsets
 * (a word that says too much else), no name (a lemma written with a capital), at most MAX_SYNONYMS: Wiktionary's
 * everyday words and those of the most used sense first.
 *
 * Output: `word:pos<TAB>synonym1|synonym2|…` as wordnet-synonyms-en.tsv, pos one of n v a r, lines sorted by code
 * point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-synonyms-nl.ts [--check]
 * WORDNET_DIR overrides /usr/share/wordnet; OMW_DIR is a checkout of omwn/omw-data (default ../omw-data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cmp, LEXICON_DIR } from './build-lexicon.js';
import { OMW_DIR } from './build-wordnet-lexicon.js';
import { indexEntries, PARTS, runBuild, senseCounts, type TableBuild, table, USUAL_SHARE } from './wordnet.js';

export const DUTCH_SYNONYMS_OUTPUT = join(LEXICON_DIR, 'wordnet-synonyms-nl.tsv');

const MAX_SYNONYMS = 4;
/** A synonym of more synsets than this is too broad a word to stand for the asked one. */
const MAX_SYNONYM_SENSES = 6;
/** Shorter synonyms ("lot", "bel") are too often other words. */
const MIN_LENGTH = 4;
/** One plain Dutch word, lowercase: letters with their diacritics, no phrase, digits or hyphens. */
const DUTCH_WORD = /^[a-zà-ÿ]+$/;
/** Wiktionary's translation tables name a synset's everyday words; Open Dutch WordNet lists every synonym. */
const WIKTIONARY_WEIGHT = 1;
const ODWN_WEIGHT = 0.6;

/** "02084071n" (wordnet.ts's synset keys) → how often the tagged corpus saw its English lemmas in that sense. */
function synsetUses(dir: string): Map<string, number> {
  const counts = senseCounts(dir);
  const out = new Map<string, number>();
  for (const p of PARTS)
    for (const entry of indexEntries(dir, p)) {
      const seen = counts.get(`${entry.lemma}:${p}`) ?? [];
      for (const [i, s] of entry.synsets.entries()) out.set(s, (out.get(s) ?? 0) + (seen[i] ?? 0));
    }
  return out;
}

/** Synset key ("02084071n") → Dutch lemma → weight of the sources that give it; the lemmas with a capital in names. */
function readDutch(omwDir: string, names: Set<string>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [file, weight] of [
    [join(omwDir, 'wns', 'wikt', 'wn-wikt-nld.tab'), WIKTIONARY_WEIGHT],
    [join(omwDir, 'wns', 'nld', 'wn-data-nld.tab'), ODWN_WEIGHT],
  ] as const)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [id, kind, lemma] = line.split('\t');
      if (!id || !lemma || !kind?.endsWith(':lemma') || line.startsWith('#')) continue;
      const synset = id.replace(/-s$/, '-a').replace('-', '');
      const dutch = lemma.trim().toLowerCase();
      if (/\p{Lu}/u.test(lemma)) names.add(dutch);
      const lemmas = out.get(synset) ?? new Map<string, number>();
      lemmas.set(dutch, Math.max(lemmas.get(dutch) ?? 0, weight));
      out.set(synset, lemmas);
    }
  return out;
}

/**
 * A Dutch word's usual senses among these synsets: the one the tagged corpus saw most and any other seen at least
 * USUAL_SHARE of all; a word none of them was seen in only when it has just the one.
 */
export function usualSenses(synsets: readonly string[], uses: ReadonlyMap<string, number>): [string, number][] {
  if (synsets.length === 1 && !uses.get(synsets[0]!)) return [[synsets[0]!, 1]];
  const used = synsets.map((s) => [s, uses.get(s) ?? 0] as [string, number]).filter(([, n]) => n > 0);
  const total = used.reduce((a, [, n]) => a + n, 0);
  const top = Math.max(0, ...used.map(([, n]) => n));
  return used.filter(([, n]) => n === top || n >= USUAL_SHARE * total).map(([s, n]) => [s, n / top]);
}

export function buildDutchSynonyms(wordnetDir: string, omwDir = OMW_DIR): TableBuild {
  const uses = synsetUses(wordnetDir);
  const names = new Set<string>();
  const dutch = readDutch(omwDir, names);
  const sensesOf = new Map<string, string[]>();
  for (const [synset, lemmas] of dutch)
    for (const d of lemmas.keys()) {
      const key = `${d}:${synset.slice(-1)}`;
      sensesOf.set(key, [...(sensesOf.get(key) ?? []), synset]);
    }
  const plain = (w: string) => DUTCH_WORD.test(w) && w.length >= MIN_LENGTH && !names.has(w);
  const lines: string[] = [];
  for (const [key, synsets] of sensesOf) {
    const [word, pos] = key.split(':') as [string, string];
    if (!plain(word)) continue;
    // Only the usual senses Wiktionary's tables give the word too: its everyday ones (Open Dutch WordNet puts
    // "gaan" under "betreffen", "zeggen" under "impliceren"), and usual among all it has ("inzet" is a stake more
    // often than the betting pool, the one sense Wiktionary gives it).
    const everyday = (s: string) => dutch.get(s)?.get(word) === WIKTIONARY_WEIGHT;
    const score = new Map<string, number>();
    for (const [s, share] of usualSenses(synsets, uses).filter(([x]) => everyday(x)))
      for (const [d, w] of dutch.get(s) ?? []) {
        const own = sensesOf.get(`${d}:${pos}`) ?? [];
        // A synonym means it too in its own usual senses: Open Dutch WordNet puts "intentie" under "fine" (boete).
        if (d === word || !plain(d) || own.length > MAX_SYNONYM_SENSES) continue;
        if (!usualSenses(own, uses).some(([o]) => o === s)) continue;
        score.set(d, (score.get(d) ?? 0) + w * share);
      }
    const synonyms = [...score].sort(([a, x], [b, y]) => y - x || cmp(a, b)).map(([d]) => d);
    if (synonyms.length > 0) lines.push(`${key}\t${synonyms.slice(0, MAX_SYNONYMS).join('|')}`);
  }
  return table(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const tab = join(OMW_DIR, 'wns', 'nld', 'wn-data-nld.tab');
  if (!existsSync(tab)) {
    console.error(`${tab} not found: git clone https://github.com/omwn/omw-data (OMW_DIR)`);
    process.exit(2);
  }
  runBuild(DUTCH_SYNONYMS_OUTPUT, () => buildDutchSynonyms(process.env.WORDNET_DIR ?? '/usr/share/wordnet'));
}
