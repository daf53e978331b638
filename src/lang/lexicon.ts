import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pack } from './index.js';

/**
 * English→Dutch query lexicon: data/lexicon/en-nl.tsv (FreeDict eng-nld, reversed nld-eng and a hand-curated
 * supplement; see data/lexicon/README.md and scripts/build-lexicon.ts). One line per English word or phrase:
 * `english<TAB>dutch1|dutch2|…`, best first. Keys are lowercase, diacritics folded, hyphens as spaces.
 * Loaded once, on first use; the path is resolved from this module, not the working directory.
 */
export const LEXICON_PATH = fileURLToPath(new URL('../../data/lexicon/en-nl.tsv', import.meta.url));

let lexicon: Map<string, readonly string[]> | undefined;

function load(): Map<string, readonly string[]> {
  if (lexicon) return lexicon;
  let text: string;
  try {
    text = readFileSync(LEXICON_PATH, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read the English→Dutch lexicon ${LEXICON_PATH} ` +
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
  lexicon = map;
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

/** Dutch→English: the English words whose first two Dutch translations include this Dutch word or phrase. */
let reverse: Map<string, string[]> | undefined;
function dutchToEnglish(term: string): string[] {
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
  return [...(reverse.get(key(term)) ?? [])];
}

/** Translations of one word or phrase between the lexicon's two languages (en, nl), best first; [] when unknown. */
export function translateTerm(term: string, from: string, to: string): string[] {
  if (from === 'en' && to === 'nl') return englishToDutch(term);
  if (from === 'nl' && to === 'en') return dutchToEnglish(term);
  return [];
}

/**
 * Translations for a tokenised query: at each position a three- or two-word phrase first ("south african",
 * "satellite images"), then the single word. Words inside a translated phrase are not translated again; words the
 * lexicon does not know are left out. Each source appears once.
 */
export function translateQuery(tokens: string[], from = 'en', to = 'nl'): { source: string; targets: string[] }[] {
  const words = tokens.map(key).filter(Boolean);
  const out: { source: string; targets: string[] }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; ) {
    let step = 1;
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const source = words.slice(i, i + n).join(' ');
      const targets = translateTerm(source, from, to);
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
  return vocabulary.has(k) || vocabulary.has(pack('nl').stem(k));
}
