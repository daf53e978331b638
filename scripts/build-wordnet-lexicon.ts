/**
 * Builds data/lexicon/wordnet-en-nl.tsv, English→Dutch translations from two wordnets that share Princeton
 * WordNet 3.0's synsets:
 *
 *   - Princeton WordNet 3.0 (Debian's `wordnet-base`, /usr/share/wordnet): an English word's synsets, most frequent
 *     sense first (index.noun, index.verb, index.adj, index.adv);
 *   - the Open Multilingual Wordnet's Dutch data (github.com/omwn/omw-data): Open Dutch WordNet's lemmas per PWN 3.0
 *     synset (wns/nld/wn-data-nld.tab) and those taken from Wiktionary's translation tables
 *     (wns/wikt/wn-wikt-nld.tab).
 *
 * An English word's Dutch words are those of its first senses (the senses the tagged corpus saw, at most
 * MAX_SENSES; all of an untagged word's senses); a word found in both Dutch sources, in an earlier sense, or in
 * several senses ranks higher. FreeDict (en-nl.tsv) stays the first lexicon; this file fills what FreeDict lacks
 * (src/lang/lexicon.ts).
 *
 * Output: `english<TAB>dutch1|dutch2|…`, keys as en-nl.tsv's (lowercase, diacritics folded, hyphens as spaces, at
 * most three words), at most MAX_TRANSLATIONS, best first, sorted by code point. Deterministic.
 *
 * Usage: npx tsx scripts/build-wordnet-lexicon.ts [--check]
 * WORDNET_DIR overrides /usr/share/wordnet; OMW_DIR is a checkout of omwn/omw-data (default ../omw-data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lexiconKey, MAX_TRANSLATIONS, MAX_WORDS } from '../src/lang/lexicon-lines.js';
import { cmp, isStopPhrase, LEXICON_DIR, ROOT, writeOrCheck } from './build-lexicon.js';
import { taggedSenses, WORDNET_DIR } from './wordnet-tags.js';

export const WORDNET_OUTPUT = join(LEXICON_DIR, 'wordnet-en-nl.tsv');
export const WORDNET_DUTCH_OUTPUT = join(LEXICON_DIR, 'wordnet-nl-en.tsv');
export const OMW_DIR = process.env.OMW_DIR ?? join(ROOT, '..', 'omw-data');

/** Senses of an English word followed: its most frequent ones, where translations keep to the everyday meaning. */
const MAX_SENSES = 2;
/** A Dutch word scoring under this share of the word's best translation is left out. */
const MIN_RELATIVE_SCORE = 0.5;
/** English words kept per Dutch word in wordnet-nl-en.tsv. */
const MAX_ENGLISH = 3;
/** Wiktionary's translation tables name a synset's everyday words; Open Dutch WordNet lists every synonym. */
const WIKTIONARY_WEIGHT = 1;
const ODWN_WEIGHT = 0.6;
/** A lemma the tagged corpus saw once in a sense may be a tagger's slip ("king" as a magnate, "history"). */
const MIN_SENSE_COUNT = 2;
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;

type Synset = string; // "02084071-n"
/** One of an English word's senses: its synset, its rank among the word's senses of that part of speech. */
export interface Sense {
  synset: Synset;
  rank: number;
  /** How many of the word's senses of that part of speech the tagged corpus saw. */
  tagged: number;
}

/** PWN synset → Dutch lemmas, per source; the lemmas written with a capital (names: "Amerika") go in `names`. */
function readOmw(path: string, names: Set<string>): Map<Synset, string[]> {
  const out = new Map<Synset, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [id, kind, lemma] = line.split('\t');
    if (!id || !lemma || !kind?.endsWith(':lemma')) continue;
    // Satellite adjectives ("-s") are adjectives in index.adj.
    const synset = id.replace(/-s$/, '-a');
    const dutch = lemma.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!dutch || dutch.split(' ').length > MAX_WORDS) continue;
    if (/\p{Lu}/u.test(lemma)) names.add(dutch);
    const list = out.get(synset) ?? [];
    if (!list.includes(dutch)) list.push(dutch);
    out.set(synset, list);
  }
  return out;
}

/**
 * The senses of one lemma and part of speech whose Dutch words it takes, from its synsets in WordNet's order and how
 * many of them the tagged corpus saw: the first MAX_SENSES of those, ranked. WordNet orders by frequency only the
 * senses the tagged corpus saw, so an untagged word's senses are all taken, alike ("precipitation": its third sense,
 * rain and snow, is Dutch "neerslag").
 */
export function sensesFollowed(synsets: readonly Synset[], tagged: number): Sense[] {
  if (tagged === 0) return synsets.map((synset) => ({ synset, rank: 0, tagged }));
  return synsets.slice(0, Math.min(tagged, MAX_SENSES)).map((synset, rank) => ({ synset, rank, tagged }));
}

/** English lemma → the synsets it takes Dutch words from (sensesFollowed), most frequent first. */
function readIndex(dir: string): {
  senses: Map<string, Sense[]>;
  counts: Map<string, number>;
  lemmas: Map<Synset, Tagged[]>;
} {
  const out = new Map<string, Sense[]>();
  const counts = new Map<string, number>();
  const tags = senseTags(dir);
  const lemmas = new Map<Synset, Tagged[]>();
  for (const [p, file] of Object.entries(POS)) {
    for (const line of readFileSync(join(dir, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const pointers = Number(f[3]);
      const tagged = Number(f[5 + pointers]);
      const offsets = f.slice(6 + pointers);
      const lemma = f[0]!.replace(/_/g, ' ');
      counts.set(lemma, (counts.get(lemma) ?? 0) + offsets.length);
      offsets.forEach((o, i) => {
        const list = lemmas.get(`${o}-${p}`) ?? [];
        list.push({ en: lemma, count: tags.get(`${f[0]}|${p}|${i + 1}`) ?? 0, total: tags.get(f[0]!) ?? 0 });
        lemmas.set(`${o}-${p}`, list);
      });
      const taken = sensesFollowed(
        offsets.map((o) => `${o}-${p}`),
        tagged,
      );
      out.set(lemma, [...(out.get(lemma) ?? []), ...taken]);
    }
  }
  // "company" the verb was never seen in the tagged corpus, the noun often: an untagged part of speech of a word
  // with a tagged one is a rare use.
  for (const [lemma, senses] of out) {
    if (senses.some((s) => s.tagged > 0))
      out.set(
        lemma,
        senses.filter((s) => s.tagged > 0),
      );
  }
  return { senses: out, counts, lemmas };
}

/** An English lemma of a synset and how often the tagged corpus saw it in that sense. */
interface Tagged {
  en: string;
  count: number;
  /** How often the tagged corpus saw the lemma in all its senses. */
  total: number;
}

/**
 * How often Princeton WordNet's tagged corpus saw each sense of a lemma: `lemma|pos|sense number` → count, from
 * cntlist.rev (`lemma%ss_type:… sense_number count`; ss_type 3 and 5 are both index.adj). Empty without the file.
 */
function senseTags(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { lemma, pos, sense, count } of taggedSenses(dir)) {
    out.set(`${lemma}|${pos}|${sense}`, count);
    out.set(lemma, (out.get(lemma) ?? 0) + count);
  }
  return out;
}

export interface WordnetBuild {
  /** wordnet-en-nl.tsv */
  text: string;
  entries: number;
  /** wordnet-nl-en.tsv: `dutch<TAB>english1|…`, the English words that give the Dutch one, commonest first. */
  dutchText: string;
  dutchEntries: number;
}

export function buildWordnetLexicon(wordnetDir = WORDNET_DIR, omwDir = OMW_DIR): WordnetBuild {
  const names = new Set<string>();
  const odwn = readOmw(join(omwDir, 'wns', 'nld', 'wn-data-nld.tab'), names);
  const wikt = readOmw(join(omwDir, 'wns', 'wikt', 'wn-wikt-nld.tab'), names);
  const lines: string[] = [];
  const { senses, counts, lemmas } = readIndex(wordnetDir);
  /** Dutch word → the English words that translate to it, with its place in their list and their sense count. */
  const reverse = new Map<string, Reversed[]>();
  for (const [lemma, synsets] of senses) {
    const key = lexiconKey(lemma);
    const words = key.split(' ');
    if (words.length > MAX_WORDS || isStopPhrase(key) || /[^a-z' ]/.test(key)) continue;
    const score = new Map<string, number>();
    for (const { synset, rank } of synsets) {
      const sense = 1 / (rank + 1);
      for (const [source, weight] of [
        [wikt, WIKTIONARY_WEIGHT],
        [odwn, ODWN_WEIGHT],
      ] as const) {
        for (const d of source.get(synset) ?? []) score.set(d, (score.get(d) ?? 0) + sense * weight);
      }
    }
    // Spelled like the English word ("student"): the asker's word matches it already, so no English→Dutch entry
    // needs it; the other way it is the best English word for the Dutch one ("studenten" → "student").
    const same = [...score.keys()].filter((d) => lexiconKey(d) === key);
    const others = new Map([...score].filter(([d]) => !same.includes(d)));
    const dutch = best(others);
    if (dutch.length > 0) lines.push(`${key}\t${dutch.join('|')}`);
    // Each word of a translation stands for the whole asked word (src/text/expand.ts): "bekerfinale" as "cup final"
    // would be met by any "final". The Dutch word's parts are translated on their own (src/answer/compounds.ts).
    if (key.includes(' ')) continue;
    // The Dutch words of the senses followed that the cut left out count too, after the kept ones (dutchLines).
    // A name's other names are no translations of it: "Amerika" is "America", not "USA" too.
    const extra = ranked(others).filter((d) => !dutch.includes(d) && !names.has(d));
    const tagged = synsets.some((s) => s.tagged > 0);
    for (const [place, d] of [
      ...same.map((d) => [-1, d] as const),
      ...dutch.map((d, i) => [i, d] as const),
      ...extra.map((d, i) => [MAX_TRANSLATIONS + i, d] as const),
    ]) {
      const list = reverse.get(d) ?? [];
      list.push({ en: key, place, senses: counts.get(lemma) ?? 0, tagged });
      reverse.set(d, list);
    }
  }
  const unique = [...new Map(lines.map((l) => [l.split('\t')[0]!, l])).values()].sort(cmp);
  const dutchLines = reversedLines(reverse, commonSenses(lemmas, odwn, wikt, names));
  return {
    text: `${unique.join('\n')}\n`,
    entries: unique.length,
    dutchText: `${dutchLines.join('\n')}\n`,
    dutchEntries: dutchLines.length,
  };
}

/** An English word that translates to a Dutch one: its place in the word's list, its sense count, if it is tagged. */
interface Reversed {
  en: string;
  place: number;
  senses: number;
  tagged: boolean;
}

/**
 * wordnet-nl-en.tsv's lines: a Dutch word's English words, those it is the first translation of first, then the
 * commoner: "bron" is "source" (nine senses) before "informant" and "outpouring" (two each). The English words whose
 * followed senses give the Dutch word though their cut list left it out come last ("landingsbaan": "airstrip", then
 * "runway", whose first Dutch word is "startbaan"; "eind": "end"), only for a Dutch word some list kept and no tagged
 * English word gives first: "koningin" is "queen", not "princess" too; "kunsttaal" stays a compound. Before all of
 * them comes the word of the Dutch word's commonest sense (commonSenses).
 */
function reversedLines(reverse: ReadonlyMap<string, Reversed[]>, common: ReadonlyMap<string, string[]>): string[] {
  const byKey = new Map<string, Reversed[]>();
  for (const [d, list] of reverse) {
    const k = lexiconKey(d); // "drie-in-de-pan" is four words as a key
    if (k.split(' ').length <= MAX_WORDS) byKey.set(k, [...(byKey.get(k) ?? []), ...list]);
  }
  const lines: string[] = [];
  for (const [k, list] of byKey) {
    const kept = list.filter((x) => x.place < MAX_TRANSLATIONS);
    if (kept.length === 0) continue;
    const sure = kept.some((x) => x.place <= 0 && x.tagged);
    const english = [...new Map((sure ? kept : list).map((x) => [x.en, x])).values()]
      .sort((a, b) => a.place - b.place || b.senses - a.senses || cmp(a.en, b.en))
      .map((x) => x.en);
    // The commonest sense's word goes first ("laken": "sheet"); after one spelled like the Dutch word, the next too.
    const senses = common.get(k) ?? [];
    const first = senses.slice(0, senses.findIndex((e) => e !== k) + 1);
    const all = [...new Set([...first, ...english])].slice(0, MAX_ENGLISH);
    lines.push(`${k}\t${all.join('|')}`);
  }
  return lines.sort(cmp);
}

/**
 * A Dutch word's English words by how often the tagged corpus used each of its senses, read from the Dutch side (an
 * English word's list follows only its first senses): "laken" is "sheet", whose bed-linen sense is its third; "dier"
 * is "animal" before "beast". A sense counts the tagged uses of its English lemmas; only the senses Wiktionary's
 * tables give the Dutch word (everyday words; Open Dutch WordNet lists every synonym: "bezoeken" under "act"), none
 * under MIN_RELATIVE_SCORE of the best. Not for names ("Amerika" is not "USA").
 */
function commonSenses(
  lemmas: ReadonlyMap<Synset, Tagged[]>,
  odwn: ReadonlyMap<Synset, string[]>,
  wikt: ReadonlyMap<Synset, string[]>,
  names: ReadonlySet<string>,
): Map<string, string[]> {
  const weights = new Map<string, Map<Synset, number>>();
  for (const [source, weight] of [
    [wikt, WIKTIONARY_WEIGHT],
    [odwn, ODWN_WEIGHT],
  ] as const)
    for (const [synset, dutch] of source)
      for (const d of dutch) {
        if (names.has(d)) continue;
        const k = lexiconKey(d);
        const map = weights.get(k) ?? new Map<Synset, number>();
        map.set(synset, (map.get(synset) ?? 0) + weight);
        weights.set(k, map);
      }
  const out = new Map<string, string[]>();
  for (const [k, synsets] of weights) {
    const score = new Map<Synset, number>();
    for (const [synset, w] of synsets) {
      if (w < WIKTIONARY_WEIGHT) continue;
      const used = (lemmas.get(synset) ?? []).reduce((n, t) => n + t.count, 0);
      if (used > 0) score.set(synset, used * w);
    }
    const english = best(score, Infinity).flatMap((synset) => senseWords(lemmas.get(synset) ?? []));
    const words = [...new Set(english)];
    if (words.length > 0) out.set(k, words);
  }
  return out;
}

/**
 * A sense's one-word English lemmas seen in it at least MIN_SENSE_COUNT times, the more of a lemma's uses this sense
 * is the earlier: a general word the sense is a small part of ("king" as a magnate) comes after its own words.
 */
function senseWords(tagged: readonly Tagged[]): string[] {
  const share = (t: Tagged) => (t.count > 0 ? t.count / t.total : 0);
  return [...tagged]
    .filter((t) => t.count >= MIN_SENSE_COUNT)
    .sort((a, b) => share(b) - share(a) || b.count - a.count || cmp(a.en, b.en))
    .map((t) => lexiconKey(t.en))
    .filter((e) => !e.includes(' ') && !isStopPhrase(e) && !/[^a-z']/.test(e));
}

/** The best-scoring words, best first: at most MAX_TRANSLATIONS, none under MIN_RELATIVE_SCORE of the best. */
function best(score: ReadonlyMap<string, number>, most = MAX_TRANSLATIONS): string[] {
  const top = Math.max(0, ...score.values());
  return ranked(new Map([...score].filter(([, s]) => s >= top * MIN_RELATIVE_SCORE))).slice(0, most);
}

/** Every word by score, best first. */
function ranked(score: ReadonlyMap<string, number>): string[] {
  return [...score].sort(([a, x], [b, y]) => y - x || cmp(a, b)).map(([d]) => d);
}

function main(): void {
  const check = process.argv.includes('--check');
  for (const [path, what] of [
    [join(WORDNET_DIR, 'index.noun'), 'Princeton WordNet 3.0: apt-get install wordnet-base (or set WORDNET_DIR)'],
    [join(OMW_DIR, 'wns', 'nld', 'wn-data-nld.tab'), 'OMW data: git clone https://github.com/omwn/omw-data (OMW_DIR)'],
  ] as const) {
    if (!existsSync(path)) {
      console.error(`${path} not found: ${what}`);
      process.exit(2);
    }
  }
  const built = buildWordnetLexicon();
  writeOrCheck(
    [
      [WORDNET_OUTPUT, built.text, built.entries],
      [WORDNET_DUTCH_OUTPUT, built.dutchText, built.dutchEntries],
    ],
    check,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
