/**
 * Builds the English→Dutch query lexicon, data/lexicon/en-nl.tsv, from Debian's FreeDict dictionaries:
 *
 *   - dict-freedict-eng-nld (English→Dutch, ~7,700 headwords): direct translations;
 *   - dict-freedict-nld-eng (Dutch→English, ~22,700 headwords), reversed: every Dutch headword is a candidate
 *     translation of each English word it lists, which covers many English words eng-nld lacks;
 *   - data/lexicon/general.tsv: hand-curated general words the dictionaries lack or rank below a rare sense
 *     (months, numbers, verbs of saying), which replace whatever they say for the same English word or phrase.
 *     A corpus's own subject words are its glossary.tsv, laid over this lexicon at run time
 *     (src/corpus/glossary.ts), never built in here.
 *
 * data/lexicon/nl-en.tsv, Dutch→English, is each nld-eng headword's first sense, with a commoner word of a later
 * sense after a rare one, judged by Princeton WordNet's tagged counts (wordnet-base's cntlist.rev; see dutchEntry).
 *
 * Output: one line per English word or phrase (lowercase, diacritics folded, hyphens as spaces), sorted by code
 * point: `english<TAB>dutch1|dutch2|…`, at most MAX_TRANSLATIONS, best first. Deterministic: the same installed
 * packages and general.tsv give the same bytes.
 *
 * Usage: npx tsx scripts/build-lexicon.ts [--check]
 *   --check  writes nothing; exits 1 when the committed file differs from what the build produces.
 * FREEDICT_DIR overrides /usr/share/dictd, WORDNET_DIR /usr/share/wordnet; LEXICON_DEBUG=1 lists the run-together English phrases dropped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { stopwords as stopNl } from '@orama/stopwords/dutch';
import { stopwords as stopEn } from '@orama/stopwords/english';
import { MAX_TRANSLATIONS, MAX_WORDS, parseLexiconLines } from '../src/lang/lexicon-lines.js';
// Princeton WordNet 3.0 (wordnet-base): its tagged-corpus counts rank nld-eng's senses for nl-en.tsv.
import { taggedSenses, WORDNET_DIR } from './wordnet-tags.js';

export { MAX_TRANSLATIONS };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_DIR = join(ROOT, 'data', 'lexicon');
export const OUTPUT = join(LEXICON_DIR, 'en-nl.tsv');
export const DUTCH_OUTPUT = join(LEXICON_DIR, 'nl-en.tsv');
export const GENERAL = join(LEXICON_DIR, 'general.tsv');
export const DICT_DIR = process.env.FREEDICT_DIR ?? '/usr/share/dictd';
/** English words, one per line (Debian's wamerican): which of nld-eng's translations are words, not glued phrases. */
export const WORD_LIST = process.env.WORD_LIST ?? '/usr/share/dict/american-english';
/** English translations kept per Dutch headword in nl-en.tsv: its first sense's first few. */
const MAX_DUTCH_TRANSLATIONS = 3;
/** Translations scoring below this share of the best one for the same word are left out. */
const MIN_RELATIVE_SCORE = 0.5;

/** English keys that are question words, not content: never lexicon entries. */
const STOP_PHRASES = new Set(['how many', 'how much', 'how long', 'how often', 'many', 'much']);
const EN_STOP = new Set<string>(stopEn);
const NL_STOP = new Set<string>(stopNl);

export interface DictEntry {
  headword: string;
  /** Senses in dictionary order, each a list of cleaned translations in order. */
  senses: string[][];
}

export interface BuildResult {
  text: string;
  /** nl-en.tsv: each nld-eng headword's first sense, `dutch<TAB>english1|english2|…`. */
  dutchText: string;
  stats: {
    engNldHeadwords: number;
    nldEngHeadwords: number;
    reversedPairs: number;
    mergedEnglishDropped: number;
    mergedEnglishSplit: number;
    /** Glued single-word keys written as their phrase or dropped. */
    gluedSplit: number;
    /** Keys dropped as misspellings of a word key with the same translation. */
    misspelt: number;
    fromDictionaries: number;
    generalEntries: number;
    generalNew: number;
    generalReplaced: number;
    generalRemoved: number;
    entries: number;
    dutchEntries: number;
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeB64Number(s: string): number {
  let n = 0;
  for (const c of s) {
    const v = B64.indexOf(c);
    if (v < 0) throw new Error(`bad dictd index number: ${s}`);
    n = n * 64 + v;
  }
  return n;
}

/** Lowercase, "ĳ" ligature as "ij", typographic hyphens and quotes made plain, spaces collapsed. */
function normalise(s: string): string {
  return s
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .replace(/[‐‑–]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** English keys as the query tokeniser sees them: diacritics folded, hyphenated words as separate words. */
export function englishKey(s: string): string {
  const k = normalise(s)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return k.split(' ').length > MAX_WORDS ? '' : k;
}

/** One translation or headword: grammar notes and parentheses out, leading article out; '' when unusable. */
function cleanTerm(raw: string, lang: 'nl' | 'en'): string {
  let t = normalise(raw.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>/g, ' '));
  t = t.replace(/[?!.;:]+$/g, '').trim();
  t = lang === 'nl' ? t.replace(/^(de|het|een|'t) /, '') : t.replace(/^(to|a|an|the) (?=\S)/, '');
  // Combining forms such as "zenuw-" or "-achtig" are not words a passage contains.
  if (/^-|-$/.test(t)) return '';
  if (!/^[\p{L}][\p{L}' -]*$/u.test(t)) return '';
  if (t.length < 2 || t.split(' ').length > MAX_WORDS) return '';
  return t;
}

/** Reads one dictd dictionary (.index + dictzip'ed .dict.dz) into entries, in index order. */
export function readDictd(dir: string, name: string): DictEntry[] {
  const index = readFileSync(join(dir, `${name}.index`), 'utf8');
  const dict = gunzipSync(readFileSync(join(dir, `${name}.dict.dz`)));
  const out: DictEntry[] = [];
  const seen = new Set<string>();
  for (const line of index.split('\n')) {
    if (!line) continue;
    const [word, off, len] = line.split('\t');
    if (word === undefined || off === undefined || len === undefined || word.startsWith('00database')) continue;
    const start = decodeB64Number(off);
    const key = `${start}:${len}`;
    if (seen.has(key)) continue; // several index lines may point at one article
    seen.add(key);
    const body = dict.subarray(start, start + decodeB64Number(len)).toString('utf8');
    const [head = '', ...rest] = body.split('\n');
    const headword = head.replace(/\s+\/[^/]*\/\s*$/, '').trim();
    const senses: string[][] = [];
    for (const l of rest) {
      const text = l.replace(/^\s*\d+\.\s*/, '').trim();
      if (!text) continue;
      senses.push(text.split(/\s*[,;]\s*/).filter(Boolean));
    }
    out.push({ headword, senses });
  }
  return out;
}

/**
 * nld-eng writes many English phrases without spaces ("putin" for "put in", "makeanofferof"). Such a string
 * must not become a key ("putin" → "inzetten" would be absurd). A spaceless word that is no known word is
 * taken for a phrase when it splits into known words as either three or more pieces, one a function word
 * before the last ("placetosit", "ontheothersideof"), or a word and a trailing particle ("putin", "findout").
 * Two-piece splits of other shapes are kept: they are mostly real words ("attic", "forsake", "backseat").
 * Capitalised words are names ("Spain" is not "spa in"); run-together names were split at their capitals.
 */
function mergedPhraseDetector(vocabulary: Set<string>): (w: string) => string[] | undefined {
  const fn = new Set([...EN_STOP, 'oneself', 'one', 'something', 'someone', 'somebody', 'away', 'back', 'up', 'out']);
  // Words that glue a phrase together; one must be among three or more pieces.
  const glue = new Set([
    'be',
    'of',
    'to',
    'in',
    'on',
    'at',
    'the',
    'for',
    'with',
    'from',
    'by',
    'into',
    'onto',
    'off',
    'out',
    'up',
    'down',
    'away',
    'and',
    'over',
    'about',
    'upon',
    'through',
    'as',
    'one',
    "one's",
    'oneself',
    'than',
    'under',
    'after',
    'before',
  ]);
  const particles = new Set([
    'in',
    'on',
    'off',
    'out',
    'up',
    'down',
    'away',
    'over',
    'back',
    'about',
    'through',
    'with',
    'to',
    'of',
    'for',
    'at',
    'into',
    'from',
    'by',
    'upon',
    'together',
    'apart',
    'against',
    'around',
    'along',
    'after',
    'across',
    'behind',
    'forward',
  ]);
  // "abandononeself", "dosomething": a verb and its object pronoun.
  const reflexive = new Set(['oneself', 'something', 'someone', 'somebody']);
  // Two-letter pieces other than these make a split implausible ("prometheus" is not "pro me the us").
  const short = new Set(['of', 'to', 'in', 'on', 'at', 'by', 'up', 'as', 'be', 'no', 'do', 'go', 'so']);
  const piece = (p: string, inner: boolean) =>
    p.length >= 3 ? fn.has(p) || vocabulary.has(p) : p.length === 2 ? short.has(p) : inner && p === 'a';
  const isPhrase = (pieces: string[]): boolean => {
    if (pieces.length >= 3) return pieces.slice(0, -1).some((p) => glue.has(p));
    const [a = '', b = ''] = pieces;
    return !fn.has(a) && a.length >= 3 && (particles.has(b) || reflexive.has(b));
  };
  const search = (w: string, i: number, pieces: string[]): string[] | undefined => {
    if (i === w.length) return pieces.length >= 2 && isPhrase(pieces) ? pieces : undefined;
    if (pieces.length >= 10) return undefined;
    for (let j = w.length; j > i; j--) {
      if (i === 0 && j === w.length) continue; // the whole word is not a split
      const p = w.slice(i, j);
      const found = piece(p, i > 0 && j < w.length) ? search(w, j, [...pieces, p]) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return (w) => (!w.includes(' ') && !vocabulary.has(w) && w.length >= 4 ? search(w, 0, []) : undefined);
}

interface Candidate {
  dutch: string;
  direct: number;
  reverse: number;
}

function addCandidate(
  map: Map<string, Map<string, Candidate>>,
  en: string,
  nl: string,
  direct: number,
  reverse: number,
) {
  let m = map.get(en);
  if (!m) {
    m = new Map();
    map.set(en, m);
  }
  const c = m.get(nl) ?? { dutch: nl, direct: 0, reverse: 0 };
  c.direct = Math.max(c.direct, direct);
  c.reverse = Math.max(c.reverse, reverse);
  m.set(nl, c);
}

/**
 * How good a translation looks: found both ways counts most; a cognate ("offensive"/"offensief",
 * "sanction"/"sanctie") is a safe choice; a phrase is less likely to occur verbatim in a passage; a Dutch word
 * that heads or ends many compound headwords is a common word, likelier to be the everyday translation.
 */
function score(en: string, c: Candidate, productivity: Map<string, number>): number {
  let s = 2 * c.direct + 1.5 * c.reverse;
  // A word that starts or ends many compounds ("leger": legerleiding, …) is a common one.
  s += 0.1 * Math.min(productivity.get(c.dutch) ?? 0, 5);
  if (c.dutch.includes(' ')) s -= 0.3;
  let p = 0;
  while (p < en.length && p < c.dutch.length && en[p] === c.dutch[p]) p++;
  if (p >= 4 && p >= 0.6 * Math.min(en.length, c.dutch.length)) s += 0.5;
  return Math.round(s * 1e6) / 1e6;
}

/** For each single-word Dutch headword: how many other headwords (at least 3 letters longer) start or end with it. */
function compoundProductivity(nldEng: DictEntry[]): Map<string, number> {
  const heads = [...new Set(nldEng.map((e) => cleanTerm(e.headword, 'nl')).filter((h) => h && !h.includes(' ')))].sort(
    cmp,
  );
  const byPrefix = new Map<string, number>();
  const bySuffix = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const h of heads) {
    for (let i = 2; i <= h.length - 3; i++) {
      bump(byPrefix, h.slice(0, i));
      bump(bySuffix, h.slice(h.length - i));
    }
  }
  const out = new Map<string, number>();
  for (const h of heads) {
    const n = (byPrefix.get(h) ?? 0) + (bySuffix.get(h) ?? 0);
    if (n > 0) out.set(h, n);
  }
  return out;
}

/**
 * Reads general.tsv: `english<TAB>dutch|dutch…`, or `english<TAB>=` for a word that is the same in Dutch (an empty
 * list: the build then drops the dictionaries' entry), by the reader the engine uses for a corpus's glossary
 * (src/lang/lexicon-lines.ts). A bad line stops the build, naming it.
 */
export function readGeneral(path: string): Map<string, readonly string[]> {
  if (!existsSync(path)) return new Map();
  const { entries, problems } = parseLexiconLines(readFileSync(path, 'utf8'));
  if (problems[0]) throw new Error(`${path}: ${problems[0]}`);
  return new Map(entries);
}

/** A key of question words or of stop words only ("how many", "much"): never a lexicon entry. */
export function isStopPhrase(key: string): boolean {
  return STOP_PHRASES.has(key) || key.split(' ').every((w) => EN_STOP.has(w));
}

/** Builds the TSV text from the installed dictionaries and general.tsv. */
export function buildLexicon(
  dictDir = DICT_DIR,
  generalPath = GENERAL,
  wordList = WORD_LIST,
  wordnetDir = WORDNET_DIR,
): BuildResult {
  const engNld = readDictd(dictDir, 'freedict-eng-nld');
  const nldEng = readDictd(dictDir, 'freedict-nld-eng');
  const candidates = new Map<string, Map<string, Candidate>>();

  // Direct pairs: earlier senses and earlier positions count a little more.
  const vocabulary = new Set<string>(EN_STOP);
  for (const e of engNld) {
    const en = englishKey(cleanTerm(e.headword, 'en'));
    if (!en) continue;
    for (const w of en.split(' ')) vocabulary.add(w);
    for (const [si, sense] of e.senses.entries())
      for (const [pi, raw] of sense.entries()) {
        const nl = cleanTerm(raw, 'nl');
        if (nl) addCandidate(candidates, en, nl, (si === 0 ? 1 : 0.8) * 0.97 ** pi, 0);
      }
  }
  for (const e of nldEng)
    for (const s of e.senses)
      for (const raw of s) if (raw.includes(' ')) for (const w of englishKey(raw).split(' ')) vocabulary.add(w);

  // Reversed pairs: an English word in the Dutch headword's first sense, among few synonyms, is a strong match.
  // (Within a sense the dictionaries list words mostly alphabetically, so the position there says nothing.)
  // The word list too: a piece FreeDict never writes alone ("contend" of "contendwith") is still a word. Not its names
  // ("Putin"): "putin" is "put in".
  for (const w of readFileSync(wordList, 'utf8').split('\n')) if (/^[a-z]+$/.test(w)) vocabulary.add(w);
  const merged = mergedPhraseDetector(vocabulary);
  let reversedPairs = 0;
  let mergedEnglishDropped = 0;
  let mergedEnglishSplit = 0;
  /** Per Dutch headword, its senses' English words in nld-eng's order (homographs' senses merged by place). */
  const dutchSenses = new Map<string, string[][]>();
  for (const e of nldEng) {
    const nl = cleanTerm(e.headword, 'nl');
    if (!nl) continue;
    for (const [si, sense] of e.senses.entries())
      for (const raw of sense) {
        // "LakeAral", "WesternIslands": run-together names, split at their capitals.
        const spaced = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
        const key = englishKey(cleanTerm(spaced, 'en'));
        if (!key) continue;
        // "fightagainst" is "fight against": split where the pieces make a short phrase, else dropped.
        const pieces = /^\p{Lu}/u.test(spaced) ? undefined : merged(key);
        if (pieces && pieces.length > MAX_WORDS) {
          mergedEnglishDropped++;
          if (process.env.LEXICON_DEBUG) console.error(`merged: ${key}`);
          continue;
        }
        if (pieces) mergedEnglishSplit++;
        const en = pieces ? pieces.join(' ') : key;
        const strength = (si === 0 ? 1 : 0.7) / (1 + 0.1 * (sense.length - 1));
        addCandidate(candidates, en, nl, 0, strength);
        reversedPairs++;
        const dutchKey = englishKey(nl);
        const senses = dutchSenses.get(dutchKey) ?? [];
        while (senses.length <= si) senses.push([]);
        if (!senses[si]!.includes(en)) senses[si]!.push(en);
        dutchSenses.set(dutchKey, senses);
      }
  }

  const productivity = compoundProductivity(nldEng);
  const entries = new Map<string, string[]>();
  for (const [en, m] of candidates) {
    if (isStopPhrase(en)) continue;
    const ranked = [...m.values()]
      .filter((c) => c.dutch !== en && !c.dutch.split(' ').every((w) => NL_STOP.has(w)))
      .map((c) => ({ ...c, score: score(en, c, productivity) }))
      // Ties: the longer, more specific word first ("verkiezing" before "keur" for "election").
      .sort((a, b) => b.score - a.score || b.dutch.length - a.dutch.length || cmp(a.dutch, b.dutch));
    const best = ranked[0]?.score ?? 0;
    const dutch = ranked
      .filter((c) => c.score >= MIN_RELATIVE_SCORE * best)
      .slice(0, MAX_TRANSLATIONS)
      .map((c) => c.dutch);
    if (dutch.length > 0) entries.set(en, dutch);
  }
  // "beeffective", "haveeffect", "getmarried": eng-nld headwords glued together. Left as keys they crowd the Dutch→English
  // lookup ("werken" found only them and "ferment", never "work"). A key no word list knows that splits into words is
  // written as its phrase, or dropped when the phrase has an entry or is too long.
  const english = new Set([...EN_STOP, ...englishWords(wordList)]);
  const counts = tagCounts(wordnetDir);
  // WordNet's lemmas are words too: British spellings ("behaviour"), rarer words ("plash").
  const gluedSplit = splitGluedKeys(entries, english);
  const misspelt = dropMisspellings(entries, new Set([...english, ...counts.keys()]));
  const fromDictionaries = entries.size;

  const general = readGeneral(generalPath);
  let generalNew = 0;
  let generalReplaced = 0;
  let generalRemoved = 0;
  for (const [en, dutch] of general) {
    if (dutch.length === 0) {
      if (entries.delete(en)) generalRemoved++;
      continue;
    }
    if (entries.has(en)) generalReplaced++;
    else generalNew++;
    entries.set(en, [...dutch]);
  }

  const keys = [...entries.keys()].sort(cmp);
  const text = keys.map((k) => `${k}\t${entries.get(k)!.join('|')}\n`).join('');
  // nl-en.tsv: an English translation whose every word is an English word (Debian's wamerican list) or a function
  // word; nld-eng's run-together phrases ("beeffective", "alotof") are not.
  const dutchEntries = new Map<string, string[]>();
  for (const [nl, senses] of dutchSenses) {
    const known = dutchEntry(nl, senses, english, counts);
    if (nl && known.length > 0) dutchEntries.set(nl, known);
  }
  const dutchKeys = [...dutchEntries.keys()].sort(cmp);
  const dutchText = dutchKeys.map((k) => `${k}\t${dutchEntries.get(k)!.join('|')}\n`).join('');
  return {
    text,
    dutchText,
    stats: {
      engNldHeadwords: engNld.length,
      nldEngHeadwords: nldEng.length,
      reversedPairs,
      mergedEnglishDropped,
      mergedEnglishSplit,
      gluedSplit,
      misspelt,
      fromDictionaries,
      generalEntries: general.size,
      generalNew,
      generalReplaced,
      generalRemoved,
      entries: keys.length,
      dutchEntries: dutchKeys.length,
    },
  };
}

/**
 * A Dutch headword's English words for nl-en.tsv: its first sense that has English words (nld-eng's "verkopen" first
 * says "transactmoney", glued, then "dispose of, sell, vend"), the Dutch word's own spelling left out; when the tagged
 * corpus saw none of that sense's words (a rare sense), the commonest word of a later sense it saw ends the list
 * (nld-eng's first sense of "vliegveld" is "aerodrome, airdrome, airfield", its second "airport"). At most
 * MAX_DUTCH_TRANSLATIONS.
 */
export function dutchEntry(
  dutch: string,
  senses: readonly string[][],
  english: ReadonlySet<string>,
  counts: ReadonlyMap<string, number>,
): string[] {
  const kept = senses.map((s) => s.filter((t) => t.split(' ').every((w) => english.has(w))));
  const first = kept.find((s) => s.length > 0) ?? [];
  const count = (t: string) => counts.get(t) ?? 0;
  // A word WordNet does not list ("at", "toward") says nothing of how rare the sense is.
  const commoner = first.some((t) => !counts.has(t) || count(t) > 0)
    ? undefined
    : kept
        .flat()
        .filter((t) => count(t) > 0)
        .sort((a, b) => count(b) - count(a) || cmp(a, b))[0];
  const own = first.filter((t) => t !== dutch);
  if (!commoner) return own.slice(0, MAX_DUTCH_TRANSLATIONS);
  return [...own.slice(0, MAX_DUTCH_TRANSLATIONS - 1), commoner];
}

/**
 * How often Princeton WordNet's tagged corpus saw each of its English lemmas, all its senses and parts of speech
 * together (0 for a lemma of index.* it never saw; cntlist.rev: `sense_key sense_number count`; lemmas lowercase,
 * spaces for underscores). Empty without WordNet.
 */
export function tagCounts(dir = WORDNET_DIR): Map<string, number> {
  const out = new Map<string, number>();
  const tags = [...taggedSenses(dir)];
  if (tags.length === 0) return out;
  for (const pos of ['noun', 'verb', 'adj', 'adv'])
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n'))
      if (line && !line.startsWith(' ')) out.set(line.slice(0, line.indexOf(' ')).replace(/_/g, ' '), 0);
  for (const { lemma, count } of tags)
    out.set(lemma.replace(/_/g, ' '), (out.get(lemma.replace(/_/g, ' ')) ?? 0) + count);
  return out;
}

/**
 * The particles a glued key may end in ("borrowmoneyon"); fewer than mergedPhraseDetector's, which splits nld-eng's
 * translations, since a key that ends otherwise is more often a real word ("acceptor").
 */
const PARTICLES = new Set(['in', 'on', 'off', 'out', 'up', 'down', 'away', 'over', 'back', 'of', 'to', 'with', 'for']);

/**
 * Rewrites in place each single-word key that is no English word but splits into words ("haveeffect" → "have
 * effect"): each piece a stop word or a word of four letters or more, so real words stay ("seagull" is not "sea gull"
 * by this rule, nor "rowan" "row an"). Returns how many keys it rewrote or dropped.
 */
export function splitGluedKeys(entries: Map<string, string[]>, english: ReadonlySet<string>): number {
  // Inside, a stop word ("have a bath", "take care of"); last, only a particle ("borrow money on"), since "acceptor" is
  // no "accept or".
  const word = (p: string) => p.length >= 4 && english.has(p);
  const piece = (p: string) => word(p) || p === 'a' || (EN_STOP.has(p) && p.length >= 2);
  const last = (p: string) => word(p) || PARTICLES.has(p);
  const split = (w: string): string[] | undefined => {
    if (last(w)) return [w];
    for (let i = w.length - 1; i > 0; i--) {
      const rest = piece(w.slice(0, i)) ? split(w.slice(i)) : undefined;
      if (rest) return [w.slice(0, i), ...rest];
    }
    return undefined;
  };
  let n = 0;
  for (const [key, dutch] of [...entries]) {
    if (key.includes(' ') || english.has(key)) continue;
    const pieces = split(key);
    if (!pieces || pieces.length < 2) continue;
    entries.delete(key);
    n++;
    const phrase = pieces.join(' ');
    if (pieces.length <= MAX_WORDS && !entries.has(phrase) && !isStopPhrase(phrase)) entries.set(phrase, dutch);
  }
  return n;
}

/** A word with each one of its letters left out: two words one edit apart share one of these or each other. */
function deletions(w: string): string[] {
  return [...w].map((_, i) => w.slice(0, i) + w.slice(i + 1));
}

/**
 * Deletes in place each single-word key that is no English word but a misspelling of one: one letter added, left out
 * or changed from a key that is a word and shares a Dutch translation with it (nld-eng's "genuinly" beside "genuinely",
 * both "echt"). Left in, it crowds the Dutch word's English translations. Returns how many keys it deleted.
 */
export function dropMisspellings(entries: Map<string, string[]>, english: ReadonlySet<string>): number {
  const near = new Map<string, string[]>();
  const add = (variant: string, word: string) => near.set(variant, [...(near.get(variant) ?? []), word]);
  for (const w of entries.keys()) {
    if (w.includes(' ') || !english.has(w)) continue;
    add(w, w);
    for (const d of deletions(w)) add(d, w);
  }
  let n = 0;
  for (const [key, dutch] of [...entries]) {
    if (key.includes(' ') || english.has(key) || key.length < 5) continue;
    const words = [key, ...deletions(key)].flatMap((v) => near.get(v) ?? []);
    if (!words.some((w) => w !== key && entries.get(w)?.some((d) => dutch.includes(d)))) continue;
    entries.delete(key);
    n++;
  }
  return n;
}

/** The word list's words, lowercase, without possessives ("Aaron's"). */
function englishWords(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((w) => w && !w.endsWith("'s"))
    .map((w) => w.toLowerCase());
}

/** Code-point order, independent of locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function main(): void {
  const check = process.argv.includes('--check');
  if (!existsSync(join(DICT_DIR, 'freedict-eng-nld.index')) || !existsSync(join(DICT_DIR, 'freedict-nld-eng.index'))) {
    console.error(
      `FreeDict dictionaries not found in ${DICT_DIR}: apt-get install dict-freedict-eng-nld dict-freedict-nld-eng`,
    );
    process.exit(2);
  }
  if (!existsSync(WORD_LIST)) {
    console.error(`English word list not found at ${WORD_LIST}: apt-get install wamerican (or set WORD_LIST)`);
    process.exit(2);
  }
  const { text, dutchText, stats } = buildLexicon();
  const s = stats;
  console.log(
    `eng-nld: ${s.engNldHeadwords} headwords; nld-eng: ${s.nldEngHeadwords} headwords, ${s.reversedPairs} reversed pairs (run-together English phrases: ${s.mergedEnglishSplit} split, ${s.mergedEnglishDropped} dropped; glued eng-nld keys rewritten: ${s.gluedSplit}; misspelt keys dropped: ${s.misspelt})`,
  );
  console.log(
    `dictionary entries: ${s.fromDictionaries}; general.tsv: ${s.generalEntries} lines: ${s.generalNew} new entries, ${s.generalReplaced} replacing the dictionaries', ${s.generalRemoved} dictionary entries removed as same in Dutch`,
  );
  writeOrCheck(
    [
      [OUTPUT, text, s.entries],
      [DUTCH_OUTPUT, dutchText, s.dutchEntries],
    ],
    check,
  );
}

/**
 * Writes each built file where it differs from the one on disk, or with `check` writes nothing and exits 1 when any
 * differs; says what it did per file.
 */
export function writeOrCheck(
  files: readonly (readonly [path: string, text: string, entries: number])[],
  check: boolean,
) {
  let differs = false;
  for (const [path, built, count] of files) {
    const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (check) {
      console.log(old === built ? `${path}: up to date (${count} entries)` : `${path}: differs from the build`);
      differs ||= old !== built;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    if (old === built) console.log(`${path}: unchanged, ${count} entries`);
    else {
      writeFileSync(path, built);
      console.log(`${path}: wrote ${count} entries`);
    }
  }
  if (check) process.exit(differs ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
