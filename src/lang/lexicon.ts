import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pack } from './index.js';
import { formsOfVerb } from './irregular.js';
import { NL_IRREGULAR_PLURALS } from './irregular-nl.js';

/**
 * English→Dutch query lexicon: data/lexicon/en-nl.tsv (FreeDict eng-nld, reversed nld-eng and a hand-curated
 * supplement; see data/lexicon/README.md and scripts/build-lexicon.ts). One line per English word or phrase:
 * `english<TAB>dutch1|dutch2|…`, best first. Keys are lowercase, diacritics folded, hyphens as spaces.
 * Loaded once, on first use; the path is resolved from this module, not the working directory.
 */
export const LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/en-nl.tsv', import.meta.url));

/** Dutch→English: each FreeDict nld-eng headword's first sense (data/lexicon/nl-en.tsv, the same build). */
export const DUTCH_LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/nl-en.tsv', import.meta.url));

let lexicon: Map<string, readonly string[]> | undefined;
let dutchLexicon: Map<string, readonly string[]> | undefined;

function load(): Map<string, readonly string[]> {
  lexicon ??= readTsv(LEXICON_PATH, 'English→Dutch');
  return lexicon;
}

function loadDutch(): Map<string, readonly string[]> {
  dutchLexicon ??= readTsv(DUTCH_LEXICON_PATH, 'Dutch→English');
  return dutchLexicon;
}

function readTsv(path: string, what: string): Map<string, readonly string[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read the ${what} lexicon ${path} ` +
        `(regenerate it with "npx tsx scripts/build-lexicon.ts"): ${(err as Error).message}`,
    );
  }
  const map = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const dutch = line
      .slice(tab + 1)
      .split('|')
      .map((d) => d.trim())
      .filter(Boolean);
    if (dutch.length > 0) map.set(line.slice(0, tab), dutch);
  }
  return map;
}

/** As the lexicon's keys are written: lowercase, diacritics folded, hyphens and runs of spaces as one space. */
function key(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/**
 * Base forms to try for an English word (or a phrase's last word) that is not in the lexicon as written:
 * plurals and regular verb forms ("missiles" → "missile", "countries" → "country", "deployed" → "deploy",
 * "invaded" → "invade", "stopped" → "stop", "fighting" → "fight").
 */
function baseForms(k: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    // What remains must still be a word: at least three letters.
    if (/(?:^|\s)[a-z']{3,}$/.test(s)) out.push(s);
  };
  if (k.endsWith('ies')) add(`${k.slice(0, -3)}y`);
  if (k.endsWith('s') && !/(?:ss|us|is)$/.test(k)) add(k.slice(0, -1));
  if (k.endsWith('es')) add(k.slice(0, -2));
  if (k.endsWith("'s")) add(k.slice(0, -2));
  for (const suffix of ['ed', 'ing']) {
    if (!k.endsWith(suffix)) continue;
    const stem = k.slice(0, -suffix.length);
    if (suffix === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`); // "tried" → "try"
    add(stem); // "deployed" → "deploy"
    add(`${stem}e`); // "invaded" → "invade"
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1)); // "stopped" → "stop"
  }
  return out;
}

/** Dutch translations of one lowercase English word or phrase, best first; [] when unknown. */
export function englishToDutch(term: string): string[] {
  const k = key(term);
  if (!k) return [];
  const map = load();
  const exact = map.get(k);
  if (exact) return [...exact];
  for (const base of baseForms(k)) {
    const found = map.get(base);
    if (found) return [...found];
  }
  // An irregular past or participle ("bought", "fled") is translated as its infinitive, the verb's first form.
  const infinitive = pack('en').irregularVerbs?.forms.get(k)?.[0];
  return infinitive && infinitive !== k ? [...(map.get(infinitive) ?? [])] : [];
}

let reverse: Map<string, string[]> | undefined;
/** English translations of a Dutch word kept, the lexicon's own first. */
const MAX_ENGLISH = 4;

/**
 * Dutch→English: the English words whose first two Dutch translations include this Dutch word or phrase (the
 * English→Dutch lexicon's own judgement, most precise), else nld-eng's first sense for it; then the same for the
 * word's base forms ("aandelen" → "aandeel" → "share"), unless it is to be looked up as written (a name).
 */
function dutchToEnglish(term: string, asWritten = false): string[] {
  if (!reverse) {
    const map = new Map<string, string[]>();
    for (const [en, dutch] of load()) {
      for (const d of dutch.slice(0, 2)) {
        const k = key(d);
        const list = map.get(k) ?? [];
        if (list.length < 4 && !list.includes(en)) list.push(en);
        map.set(k, list);
      }
    }
    reverse = map;
  }
  const k = key(term);
  for (const form of [k, ...(asWritten ? [] : dutchBaseForms(k))]) {
    // "oorzaak": en-nl gives it only as "reason"'s second word; nld-eng's first sense adds "cause".
    const found = [...new Set([...(reverse.get(form) ?? []), ...(loadDutch().get(form) ?? [])])];
    if (found.length > 0) return found.slice(0, MAX_ENGLISH);
  }
  return [];
}

const V = '[aeiou]';
const C = '[b-df-hj-np-tv-z]';
/** "bedd" (of "bedden"): a doubled consonant the plural added. */
const DOUBLED = new RegExp(`(${C})\\1$`);
/** "aandel", "ban": an open syllable's single vowel, written twice in the singular ("aandeel", "baan"). */
const OPEN = new RegExp(`(?:^|${C})(${V})(${C})$`);
/** "maak" (of "maakt"): a long vowel written twice, once before the infinitive's "-en" ("maken"). */
const LONG = new RegExp(`(${V})\\1(${C})$`);
/** "werkt", "werkte", "gewerkt": a regular verb's stem before its ending. */
const REGULAR_VERB = /^(?:ge)?(.{3,}?)(?:t|de|te|den|ten|d)$/;

/**
 * Base forms to try for a Dutch word the lexicon lacks as written: plurals ("banen" → "baan", "aandelen" →
 * "aandeel", "bedden" → "bed", "huizen" → "huis", "auto's" → "auto"), inflected adjectives ("grote" → "groot") and
 * regular verb forms ("werkt", "werkte", "gewerkt" → "werken"); an irregular verb's forms give its infinitive.
 */
function dutchBaseForms(k: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (/^[a-z]{2,}$/.test(s) && !out.includes(s)) out.push(s);
  };
  // The singular of a stem whose plural or inflection added "-en" or "-e".
  const singular = (s: string) => {
    const voiced = s.replace(/v$/, 'f').replace(/z$/, 's');
    if (DOUBLED.test(s)) add(s.slice(0, -1));
    if (OPEN.test(voiced)) add(voiced.replace(OPEN, (m, v: string, c: string) => `${m.slice(0, -2)}${v}${v}${c}`));
    add(voiced);
    add(s);
  };
  // "stierf" of "sterven", "overleed" of "overlijden": a prefixed irregular verb too.
  const verbs = pack('nl').irregularVerbs;
  const irregular = verbs ? formsOfVerb(k, verbs, pack('nl').verbForms?.participle)[0] : undefined;
  if (irregular && irregular !== k) add(irregular);
  // "kinderen" of "kind", "schepen" of "schip": a plural the endings do not make.
  const plural = NL_IRREGULAR_PLURALS.get(k);
  if (plural) add(plural);
  if (k.endsWith("'s")) add(k.slice(0, -2));
  if (k.endsWith('en')) singular(k.slice(0, -2));
  if (k.endsWith('s') && k.length > 4) add(k.slice(0, -1));
  if (k.endsWith('e')) singular(k.slice(0, -1));
  // "afgelast" of "afgelasten", "verbrand" of "verbranden": a stem that ends in the participle's t or d.
  if (/[td]$/.test(k)) add(`${k}en`);
  // "teruggeroepen" of "terugroepen": a separable particle keeps the participle's "ge" after it.
  const particle = [...(pack('nl').separableParticles ?? [])].find(
    (p) => k.startsWith(`${p}ge`) && k.length > p.length + 4,
  );
  const unparted = particle ? particle + k.slice(particle.length + 2) : undefined;
  // Its t or d is the stem's own ("omgeleid": "omleiden") or the participle's ending ("aangekondigd": "aankondigen").
  if (unparted && /[td]$/.test(unparted)) for (const v of [unparted, unparted.slice(0, -1)]) add(`${v}en`);
  else if (unparted) add(unparted);
  const stem = REGULAR_VERB.exec(k)?.[1];
  // "gereisd" of "reizen", "geleefd" of "leven": the stem writes unvoiced the z or v the infinitive has.
  for (const s of stem ? new Set([stem, stem.replace(/s$/, 'z').replace(/f$/, 'v')]) : []) {
    add(`${s}en`);
    if (LONG.test(s)) add(`${s.replace(LONG, '$1$2')}en`);
    if (OPEN.test(s)) add(`${s.replace(/(.)$/, '$1$1')}en`);
  }
  return out;
}

/** Base forms of a word the lexicon's tables make ("studenten" → "student", "wagons" → "wagon"), itself excluded. */
export function baseFormsOf(word: string, lang: string): string[] {
  const k = key(word);
  const forms = lang === 'nl' ? dutchBaseForms(k) : lang === 'en' ? baseForms(k) : [];
  return forms.filter((f) => f !== k);
}

/** Translations of one word or phrase between the lexicon's two languages (en, nl), best first; [] when unknown. */
export function translateTerm(term: string, from: string, to: string, { asWritten = false } = {}): string[] {
  if (from === 'en' && to === 'nl') return englishToDutch(term);
  if (from === 'nl' && to === 'en') return dutchToEnglish(term, asWritten);
  return [];
}

/**
 * Translations for a tokenised query: at each position a three- or two-word phrase first ("south african",
 * "satellite images"), then the single word. Words inside a translated phrase are not translated again; words the
 * lexicon does not know are left out. Each source appears once.
 */
export function translateQuery(
  tokens: string[],
  from = 'en',
  to = 'nl',
  names: ReadonlySet<string> = new Set(),
): { source: string; targets: string[] }[] {
  const words = tokens.map(key).filter(Boolean);
  const out: { source: string; targets: string[] }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const source = words.slice(i, i + n).join(' ');
      // A name is looked up as written: "Lode" is no form of "lood" (lead).
      const targets = translateTerm(source, from, to, { asWritten: n === 1 && names.has(source) });
      if (targets.length === 0) continue;
      if (!seen.has(source)) {
        seen.add(source);
        out.push({ source, targets });
      }
      step = n;
      break;
    }
    i += step;
  }
  return out;
}

/** Per language, a stem → the lexicon's words with that stem (English keys; Dutch first translations). */
const byStem = new Map<string, Map<string, string[]>>();
function wordsWithStem(stem: string, lang: string): string[] {
  let map = byStem.get(lang);
  if (!map) {
    map = new Map();
    const add = (w: string) => {
      if (w.includes(' ')) return;
      const s = pack(lang).stem(w);
      const list = map!.get(s) ?? [];
      if (!list.includes(w)) list.push(w);
      map!.set(s, list);
    };
    for (const [en, dutch] of load()) {
      if (lang === 'en') add(en);
      else for (const d of dutch.slice(0, 2)) add(key(d));
    }
    byStem.set(lang, map);
  }
  return map.get(stem) ?? [];
}

/**
 * Stems of words of the same language that mean the same, found by a round trip through the bilingual lexicon, on
 * stems so that any form of the word finds them: "veroverde" → captured → veroverd, bezet; "bezoekers" →
 * visitors →
 * toeschouwers, gasten. Only a word's first translations are followed, so the trip stays close to its main sense.
 */
export function synonyms(word: string, lang: string): string[] {
  const other = lang === 'nl' ? 'en' : lang === 'en' ? 'nl' : undefined;
  if (!other || word.includes(' ')) return [];
  const own = pack(lang).stem(key(word));
  const out = new Set<string>();
  for (const w of wordsWithStem(own, lang).slice(0, 4))
    for (const t of translateTerm(w, lang, other).slice(0, 2))
      for (const back of translateTerm(t, other, lang).slice(0, 3))
        if (!back.includes(' ')) out.add(pack(lang).stem(key(back)));
  out.delete(own);
  return [...out];
}

let byInitials: Map<string, string[]> | undefined;

/**
 * Phrases of two or more words in the lexicon, in either language, whose initials spell `letters`: what an acronym
 * may stand for ("us" → "united states", "vs" → "verenigde staten", "eu" → "european union").
 */
export function phrasesWithInitials(letters: string): string[] {
  if (!byInitials) {
    const map = new Map<string, string[]>();
    const add = (phrase: string) => {
      const parts = key(phrase).split(' ');
      if (parts.length < 2) return;
      const initials = parts.map((p) => p[0]).join('');
      const list = map.get(initials) ?? [];
      if (!list.includes(key(phrase))) list.push(key(phrase));
      map.set(initials, list);
    };
    for (const [en, dutch] of load()) {
      add(en);
      for (const d of dutch) add(d);
    }
    byInitials = map;
  }
  return [...(byInitials.get(key(letters)) ?? [])];
}

/** Number of English words and phrases in the lexicon. */
export function lexiconSize(): number {
  return load().size;
}

let vocabulary: Set<string> | undefined;

/**
 * Whether a folded word is a dictionary word of the language: for Dutch one of the lexicon's Dutch translations, for
 * English one of its keys. A correctly spelt word is never "corrected" into another one the articles use.
 */
export function isDictionaryWord(word: string, lang: string): boolean {
  const k = key(word);
  // "gevonden", "told": a form of a verb in the pack's table of irregular verbs is a word, not a typo of another.
  if (pack(lang).irregularVerbs?.forms.has(k)) return true;
  // "books" is a word because "book" is: inflected forms are not keys of their own.
  if (lang === 'en') return load().has(k) || baseForms(k).some((b) => load().has(b));
  if (!vocabulary) {
    vocabulary = new Set();
    for (const dutch of load().values())
      for (const d of dutch) if (!key(d).includes(' ')) vocabulary.add(key(d)).add(pack('nl').stem(key(d)));
  }
  // "staken" (to strike): a word nld-eng translates, as written or through its base form, is a word too.
  return vocabulary.has(k) || vocabulary.has(pack('nl').stem(k)) || dutchToEnglish(k).length > 0;
}
