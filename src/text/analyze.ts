import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stopwords as stopNl } from '@orama/stopwords/dutch';
import { stopwords as stopEn } from '@orama/stopwords/english';
import { detect } from 'tinyld';
import { findNumbers, parseNumberToken } from './numbers.js';

export type Lang = 'nl' | 'en';

/**
 * Spelling variants of names in the news (transliterations, Dutch vs English forms). Both the index and
 * the questions map them to one form, so "Kursk" finds "Koersk" and "Zelensky" finds "Zelenskiy".
 */
const VARIANTS: Record<string, string> = {
  kursk: 'koersk',
  putin: 'poetin',
  putins: 'poetin',
  zelensky: 'zelenskiy',
  zelenskyy: 'zelenskiy',
  zelenski: 'zelenskiy',
  zelenskij: 'zelenskiy',
  zelenskyj: 'zelenskiy',
  kiev: 'kyiv',
  kiew: 'kyiv',
  kyjiv: 'kyiv',
  nato: 'navo',
  otan: 'navo',
  buryats: 'boerjaten',
  buryat: 'boerjaten',
  buryatia: 'boerjatie',
  jongun: 'jong-un',
  kremlin: 'kremlin',
  ukraine: 'oekraine',
  oekraïne: 'oekraine',
  ukrainian: 'oekraiens',
  russia: 'rusland',
  moscow: 'moskou',
  brussels: 'brussel',
  pyongyang: 'pyongyang',
  washington: 'washington',
  rutte: 'rutte',
};

const STOP = new Set<string>([
  ...stopNl,
  ...stopEn,
  'hoeveel',
  'many',
  'much',
  'wie',
  'waar',
  'wanneer',
  'waarom',
  'hoe',
  'wat',
  'welke',
  'welk',
  'does',
  'did',
  'do',
  'say',
  'says',
  'said',
  'zegt',
  'zei',
  'er',
  'tell',
  'me',
  'please',
  'according',
  'volgens',
  'artikel',
  'artikelen',
  'article',
  'articles',
  'bron',
  'sources',
  'source',
]);

/** Lowercase, fold diacritics and typographic quotes, so "Oekraïne" = "oekraine" and ’ = '. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Word tokens with numbers unified ("10.000" and "10,000" → "10000"; "drieduizend" → "3000"). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of joinNumberPhrases(fold(text)).matchAll(/\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+|[\p{L}]+(?:-[\p{L}]+)*/gu)) {
    const w = m[0];
    const n = /^\d/.test(w) || /(duizend|honderd)$/.test(w) ? parseNumberToken(w) : undefined;
    if (n !== undefined) {
      out.push(String(n));
      continue;
    }
    const canon = VARIANTS[w] ?? w;
    // Hyphenated compounds count as their parts ("noord-koreaanse" → noord, koreaanse) and as a whole.
    if (canon.includes('-')) out.push(...canon.split('-'));
    else out.push(canon);
  }
  return out;
}

/** "ten thousand" → "10000", so multi-word numbers become one token like "10.000" does. */
function joinNumberPhrases(text: string): string {
  if (!/thousand|hundred|million|miljoen/.test(text)) return text;
  let out = '';
  let at = 0;
  for (const n of findNumbers(text)) {
    if (!n.text.includes(' ')) continue;
    out += `${text.slice(at, n.start)}${n.value}`;
    at = n.end;
  }
  return out + text.slice(at);
}

/** Snowball stemming is the hot spot of indexing large corpora; words repeat, so their stems are cached (bounded). */
const stemCache = { nl: new Map<string, string>(), en: new Map<string, string>() };
const STEM_CACHE_MAX = 200_000;

export function stem(word: string, lang: Lang): string {
  if (/^\d+$/.test(word)) return word;
  const cache = stemCache[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = lang === 'nl' ? stemNl(word) : stemEn(word);
    if (cache.size >= STEM_CACHE_MAX) cache.clear();
    cache.set(word, s);
  }
  return s;
}

export function isStopword(word: string): boolean {
  return STOP.has(word);
}

/** Content terms of a text: folded words, stop words removed, stemmed in the given language. */
export function terms(text: string, lang: Lang): string[] {
  return words(text)
    .filter((w) => !STOP.has(w) && (w.length > 1 || /\d/.test(w)))
    .map((w) => stem(w, lang));
}

const NL_HINTS =
  /\b(hoeveel|wie|wat|waar|wanneer|waarom|hoe|welke|zijn|heeft|hebben|de|het|een|van|en|niet|noord|soldaten|troepen|militairen|zegt|zei|volgens)\b/i;
const EN_HINTS =
  /\b(how|many|who|what|where|when|why|which|are|is|the|of|and|does|did|north|troops|soldiers|say|says|said|according)\b/i;

/**
 * The asker's language. Short questions defeat statistical detectors ("how many troops?"), so strong function-word
 * hints decide first and tinyld (restricted to nl/en) breaks ties.
 */
export function detectLanguage(text: string): Lang {
  const nl = (text.match(new RegExp(NL_HINTS.source, 'gi')) ?? []).length;
  const en = (text.match(new RegExp(EN_HINTS.source, 'gi')) ?? []).length;
  if (nl !== en) return nl > en ? 'nl' : 'en';
  const guess = detect(text, { only: ['nl', 'en'] });
  return guess === 'nl' ? 'nl' : 'en';
}
