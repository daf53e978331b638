import { pack } from '../lang/index.js';
import { baseLexicon, isDictionaryWord } from '../lang/lexicon.js';
import { isStopword, stem, words } from '../text/analyze.js';
import { BoundedMap } from '../text/bounded-map.js';
import type { CorpusStats } from './stats.js';

/** Each part of a compound split for its head is this long at least: shorter ones are affixes, not words. */
const COMPOUND_PART = 4;

/**
 * The head and modifier of a compound the articles never write, where they write both its parts: "rivierhaven" →
 * haven, rivier; "defensieverdrag" → verdrag, defensie (a linking "s" or "en" may join them). For packs whose language
 * glues words together.
 */
export function compoundParts(word: string, lang: string, stats: CorpusStats): string[] {
  if (!pack(lang).compounds || /\d/.test(word)) return [];
  for (const [right, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const head = stem(right, lang);
    if (!stats.knows(head)) continue;
    const known = modifiers.map((m) => stem(m, lang)).find((m) => stats.knows(m));
    if (known) return [head, known];
  }
  const three = threeParts(word, lang, stats);
  if (three) return three;
  // "horecaboete" over "boete" and "Horecawet": a modifier the articles write only to open another compound is
  // written, with any head, where it is a long word of the language.
  // "springruiters" over "ruiters", "oefenwedstrijd" over "wedstrijd": where the articles never write the modifier,
  // the head alone, when the modifier is a word of the language and the head no short affix-like ending.
  for (const [right, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const head = stem(right, lang);
    if (!stats.knows(head)) continue;
    const opening = modifiers.find((m) => m.length >= LONG_MODIFIER && asWritten(m, lang) && opens(m, lang, stats));
    if (opening) return [head, stem(opening, lang)];
    if (right.length >= HEAD_ALONE && modifiers.some((m) => modifierWord(m, lang))) return [head];
  }
  return shortHeadParts(word, lang, stats) ?? shortModifierParts(word, lang, stats) ?? doerParts(word, lang, stats);
}

/**
 * "minimumjeugdloon" over articles that write "loon", "minimum" and "jeugd": a compound of three words, read
 * through the two the articles write of either its head ("jeugdloon": loon, jeugd) or its modifier ("minimumjeugd"),
 * where they write the other part too. The parts' stems, head first.
 */
function threeParts(word: string, lang: string, stats: CorpusStats): string[] | undefined {
  for (const [right, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const head = stem(right, lang);
    const inner = (part: string) => (stats.knows(stem(part, lang)) ? [] : twoKnown(part, lang, stats));
    if (stats.knows(head)) {
      const split = modifiers.map(inner).find((p) => p.length > 0);
      if (split) return [head, ...split];
      continue;
    }
    const known = modifiers.map((m) => stem(m, lang)).find((m) => stats.knows(m));
    const headParts = known ? inner(right) : [];
    if (known && headParts.length > 0) return [...headParts, known];
  }
  return undefined;
}

/** The stems of a word's two parts where the articles write both, head first; none where no split has both. */
function twoKnown(word: string, lang: string, stats: CorpusStats): string[] {
  for (const [right, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const head = stem(right, lang);
    const known = modifiers.map((m) => stem(m, lang)).find((m) => stats.knows(m));
    if (stats.knows(head) && known) return [head, known];
  }
  return [];
}

/** The articles write a longer word that opens with the word's stem. */
function opens(m: string, lang: string, stats: CorpusStats): boolean {
  return stats.opensLongerStem(stem(m, lang));
}

/** A head of this many letters only counts after a modifier of LONG_MODIFIER letters the language writes. */
const SHORT_HEAD = COMPOUND_PART - 1;
const LONG_MODIFIER = 6;

/**
 * "hondenren" over articles that write "de ren" and "de hond": a short head, where the modifier is a long word as
 * written (not through its stem) and the articles write the head. Its stem and the modifier's if they write that.
 */
function shortHeadParts(word: string, lang: string, stats: CorpusStats): string[] | undefined {
  const left = word.slice(0, -SHORT_HEAD);
  const right = word.slice(-SHORT_HEAD);
  const head = stem(right, lang);
  if (left.length < LONG_MODIFIER || isStopword(right, lang) || !stats.knows(head) || !asWritten(right, lang))
    return undefined;
  if (pack(lang).derivationalEndings?.has(right) || !asWritten(left, lang)) return undefined;
  const modifier = stem(left, lang);
  return stats.knows(modifier) ? [head, modifier] : [head];
}

/**
 * "busvervoer" over articles that write "de bus" and "het vervoer": a short modifier, a word as written (not a
 * stopword, nor a prefix that derives words: "ver" of "vervoer"), before a long head; both their stems where the
 * articles write both.
 */
function shortModifierParts(word: string, lang: string, stats: CorpusStats): string[] | undefined {
  const left = word.slice(0, SHORT_HEAD);
  const right = word.slice(SHORT_HEAD);
  if (right.length < LONG_MODIFIER || isStopword(left, lang) || pack(lang).derivationalPrefixes?.has(left))
    return undefined;
  const [head, modifier] = [stem(right, lang), stem(left, lang)];
  if (!asWritten(left, lang) || !asWritten(right, lang)) return undefined;
  return stats.knows(head) && stats.knows(modifier) ? [head, modifier] : undefined;
}

/**
 * "wielrennen" over articles that write "renners": an activity is known by its doers, where the modifier is a word of
 * the language and the head no short affix-like ending. The doer's stem and the modifier's.
 */
function doerParts(word: string, lang: string, stats: CorpusStats): string[] {
  for (const [right, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const doer = doerOf(right, lang);
    const modifier = modifiers.find((m) => modifierWord(m, lang));
    if (right.length >= HEAD_ALONE && doer && modifier && stats.knows(stem(doer, lang)))
      return [stem(doer, lang), stem(modifier, lang)];
  }
  return [];
}

/**
 * A modifier is a word as written or a verb's stem ("oefen" of "oefenen" in "oefenwedstrijd"), not a word only through
 * its stem: "taan" of "verstaan" opens no compound.
 */
function modifierWord(m: string, lang: string): boolean {
  const verbal = pack(lang).agentEnding?.[0];
  return asWritten(m, lang) || (verbal !== undefined && asWritten(m + verbal, lang));
}

/** "renner" of "rennen": who does what a verbal noun names, by the pack's endings; undefined when none fits. */
function doerOf(word: string, lang: string): string | undefined {
  const ending = pack(lang).agentEnding;
  if (!ending || !word.endsWith(ending[0])) return undefined;
  return word.slice(0, word.length - ending[0].length) + ending[1];
}

/** A compound's head counts alone, without its unwritten modifier, when it is this long at least. */
const HEAD_ALONE = 6;

/**
 * Each split of a compound, left to right: its head (at least COMPOUND_PART letters, no derivational ending of the
 * pack's: "heden" of "plechtigheden") and the modifier before it, as written and without a linking "s", "en" or "e",
 * those at least `shortest` letters long.
 */
function* splits(word: string, lang: string, shortest: number): Generator<[string, string[]]> {
  const endings = pack(lang).derivationalEndings;
  for (let i = shortest; i <= word.length - COMPOUND_PART; i++) {
    const left = word.slice(0, i);
    const head = word.slice(i);
    if (endings?.has(head)) continue;
    // "tegens" + "telling" is "tegen" + "stelling": a linking letter that opens a word with the head is the head's.
    const link = /(?:s|en|e)$/.exec(left)?.[0];
    if (link && asWritten(link + head, lang)) continue;
    yield [head, [left, left.replace(/(?:s|en|e)$/, '')].filter((m) => m.length >= shortest)];
  }
}

/**
 * "introduceerde" is no compound of "introduc" and "eerde" (honoured): a head that is only a word through its base
 * form and ends as a past tense does ("-de", "-te") is a verb's ending, where a compound's head is a noun.
 */
function pastTense(head: string, lang: string, others: readonly string[], stats: CorpusStats): boolean {
  if (!/[dt]e$/.test(head)) return false;
  return others.every((l) => stats.lexicon.translateTerm(head, lang, l, { asWritten: true }).length === 0);
}

/** A compound's modifier translated may be this short ("bos" of "bosbrand"): a dictionary word, not an affix. */
const MODIFIER = 3;

/**
 * Per other language of the articles, the stems of a compound's parts' translations that the articles write, for a
 * compound neither they nor the lexicon know: "bosbrand" over English articles → "forest", "fire"; the head must be
 * among them. The first split whose parts are both dictionary words and whose head translates to a known word.
 */
export function translatedParts(
  word: string,
  lang: string,
  langs: readonly string[],
  stats: CorpusStats,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const others = langs.filter((l) => l !== lang);
  if (
    !pack(lang).compounds ||
    /\d/.test(word) ||
    others.some((l) => stats.lexicon.translateTerm(word, lang, l).length > 0)
  )
    return out;
  for (const [head, modifiers] of splits(word, lang, MODIFIER)) {
    const modifier = modifiers.find((m) => isDictionaryWord(m, lang));
    if (!modifier || !isDictionaryWord(head, lang) || pastTense(head, lang, others, stats)) continue;
    for (const l of others) {
      const known = (w: string) =>
        stats.lexicon
          .translateTerm(w, lang, l)
          .map((t) => stem(t, l))
          .filter((t) => stats.knows(t));
      const heads = known(head);
      if (heads.length > 0) out.set(l, [...new Set([...heads, ...known(modifier)])]);
    }
    if (out.size > 0) break;
  }
  return out;
}

/** A word of the articles is split into its parts when it is this long at least: two parts of COMPOUND_PART. */
const SPLIT_FROM = 2 * COMPOUND_PART;
/** How many words' splits are remembered; every word of every article is asked about at index time. */
const written = new BoundedMap<string, string[]>(50_000);

/**
 * The stems of the parts of the compounds a text writes, for packs whose language glues words: "klokgelui" → klok,
 * gelui; "woningontruiming" → woning, ontruim. So the statistics know a part the articles write only inside a
 * compound, and a unit says it. Both parts must be words of the language; a verb's particle opens no compound
 * ("overleden" is no "over" + "leden"), nor does a past tense close one ("introduceerde"). `ws`: the text's words.
 */
export function writtenCompoundStems(text: string, lang: string, ws: readonly string[] = words(text)): string[] {
  if (!pack(lang).compounds) return [];
  return ws.flatMap((w) => writtenParts(w, lang));
}

function writtenParts(word: string, lang: string): string[] {
  const k = `${lang}|${word}`;
  let parts = written.get(k);
  if (parts) return parts;
  parts = splitWritten(word, lang);
  written.set(k, parts);
  return parts;
}

function splitWritten(word: string, lang: string): string[] {
  const p = pack(lang);
  if (word.length < SPLIT_FROM || !/^\p{L}+$/u.test(word) || p.irregularVerbs?.forms.has(word)) return [];
  // A word the lexicon knows whole is read whole: "natuurlijk", "goederen", "hoofdstad" mean more than their parts.
  if (asWritten(word, lang) || isDictionaryWord(word, lang)) return [];
  for (const [head, modifiers] of splits(word, lang, COMPOUND_PART)) {
    const modifier = modifiers.find((m) => !p.separableParticles?.has(m) && !isStopword(m, lang) && asWritten(m, lang));
    if (modifier && asWritten(head, lang)) return [stem(head, lang), stem(modifier, lang)];
  }
  return [];
}

/**
 * A word the lexicon knows as written or as a plural, not only through a verb's or adjective's base form ("eerde" of
 * "introduceerde") nor through its stem ("taan" of "verstaan").
 */
function asWritten(word: string, lang: string): boolean {
  return baseLexicon()
    .translateTerm(word, lang, 'en', { asWritten: true, split: false })
    .some((t) => !t.includes(' '));
}
