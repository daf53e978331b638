import type { Sentence } from '../ingest/sentences.js';
import { fold } from '../text/analyze.js';
import { findNumbers } from '../text/numbers.js';

/** Nouns that make a number a count of people under arms, in Dutch and English. */
const TROOP_NOUNS =
  /^(soldaten|soldaat|militairen|militair|troepen|manschappen|strijders|man|mannen|soldiers|soldier|troops|troop|personnel|fighters|men)$/;
/** Adjectives that can stand between a number and its noun; nationality ones say whose troops they are. */
const NATIONALITY: [RegExp, string][] = [
  [/^noord-kore|^north[- ]kore/, 'north-korea'],
  [/^russ/, 'russia'],
  [/^oekra|^ukrain/, 'ukraine'],
  [/^(amerikaans|american)/, 'usa'],
  [/^(zuid-kore|south[- ]kore)/, 'south-korea'],
  [/^(westers|western|navo|nato)/, 'west'],
];
const FILLER = /^(extra|speciale|special|nieuwe|new|getrainde|trained|reguliere|regular|actieve|active)$/;

export interface Figure {
  sentence: Sentence;
  value: number;
  /** The number as written. */
  text: string;
  start: number;
  end: number;
  kind: 'troops';
  nationality?: string;
  /** A bare number continuing the previous sentence's figure ("… zo’n 10.000."). */
  continues?: Figure;
}

export function nationalityOf(word: string): string | undefined {
  const w = fold(word);
  return NATIONALITY.find(([re]) => re.test(w))?.[1];
}

/** The last nationality or country named in a text: "Noord-Korea ongeveer 3.000 soldaten" counts North Korean troops. */
function lastNationality(text: string): string | undefined {
  let found: string | undefined;
  for (const m of fold(text).matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) found = nationalityOf(m[0]) ?? found;
  return found;
}

/** How far back a bare "drieduizend soldaten" looks for whose soldiers they are (the heading or lead before it). */
const NATIONALITY_LOOKBACK = 4;

export function nationalityBefore(sentences: Sentence[], s: Sentence): string | undefined {
  const at = sentences.indexOf(s);
  for (let i = at - 1; i >= 0 && i >= at - NATIONALITY_LOOKBACK; i--) {
    const found = lastNationality(sentences[i]!.text);
    if (found) return found;
  }
  return undefined;
}

/**
 * Troop counts stated in a sentence: a number of at least 100 followed (allowing a nationality or filler adjective)
 * by a troop noun — "10.000 Noord-Koreaanse militairen", "drieduizend soldaten" — or a bare number closing a sentence
 * right after one that gave a troop count ("Inmiddels zijn het er volgens Washington zo’n 10.000.").
 */
export function troopFigures(sentences: Sentence[]): Figure[] {
  const out: Figure[] = [];
  let previous: Figure | undefined;
  for (const s of sentences) {
    const here: Figure[] = [];
    for (const n of findNumbers(s.text)) {
      if (n.value < 100 || !Number.isInteger(n.value)) continue;
      const after = s.text.slice(n.end).split(/\s+/).filter(Boolean).slice(0, 3);
      let nationality: string | undefined;
      let isTroops = false;
      for (const raw of after) {
        const w = fold(raw.replace(/[.,;:!?”"’)]+$/, ''));
        if (TROOP_NOUNS.test(w)) {
          isTroops = true;
          break;
        }
        const nat = nationalityOf(w);
        if (nat) nationality = nat;
        else if (!FILLER.test(w)) break;
      }
      const closesSentence = /^[\s.!?”"’]*$/.test(s.text.slice(n.end));
      let continues: Figure | undefined;
      if (
        !isTroops &&
        closesSentence &&
        previous &&
        previous.sentence.index === s.index - 1 &&
        previous.sentence.articleId === s.articleId
      ) {
        isTroops = true;
        nationality = previous.nationality;
        continues = previous;
      }
      if (!isTroops) continue;
      nationality ??= lastNationality(s.text.slice(0, n.start)) ?? nationalityBefore(sentences, s);
      here.push({
        sentence: s,
        value: n.value,
        text: n.text,
        start: s.start + n.start,
        end: s.start + n.end,
        kind: 'troops',
        nationality,
        ...(continues ? { continues } : {}),
      });
    }
    previous = here.at(-1);
    out.push(...here);
  }
  return out;
}
