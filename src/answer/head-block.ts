import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { keyedMemo } from './memo.js';
import type { TextView } from './text-view.js';

/** How many lines before a line of an article's head it may speak of: a name, then an address, then its place. */
const LINES_BACK = 2;

const headOf = keyedMemo<TextView, number>();

/**
 * How many sentences open an article as lines of their own without a sentence's closing mark: its title, its
 * authors' names and places, an infobox ("Resting place X, Paris, France") — everything before its first sentence.
 */
export function headLength(view: TextView, article: Article): number {
  return headOf(view, article.id, () => {
    const all = view.sentences(article.id);
    const i = all.findIndex((s) => !ownLine(s, article.body) || /[.!?…:;]\s*$/u.test(s.text));
    return i < 0 ? all.length : i;
  });
}

/**
 * A line of an article's head speaks of the names above it: "Lattice Lab, CNRS, France" under "Thierry Poibeau" and
 * his address is where he works; "Resting place X, Paris, France" in the infobox under "Jeanne Moreau" is where she
 * lies. The stems of the name lines among the lines just above it and of a title that is a name, for a unit in the
 * head. Other lines above say what the line is not: "Interview with …" above a photo of the interviewee.
 */
export function headStems(unit: Sentence, view: TextView): string[] {
  const article = view.article(unit.articleId);
  if (!article || unit.index >= headLength(view, article)) return [];
  const out = isNameLine(article.title) ? [...view.titleStems(article.id)] : [];
  const all = view.sentences(article.id);
  for (let i = Math.max(0, unit.index - LINES_BACK); i < unit.index; i++)
    if (isNameLine(all[i]!.text)) out.push(...view.stemsOf(all[i]!));
  return out;
}

/** Capitalised names joined by commas that end a line: "Montmartre Cemetery, Paris, France". */
const PLACE_TAIL =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)+\s*$/u;

/**
 * The places a line of an article's head ends with: an infobox's "Resting place Montmartre Cemetery, Paris, France"
 * or an address's "Lattice Lab, CNRS, France" says where in names joined by commas, with no preposition before them.
 */
export function headPlaces(unit: Sentence, view: TextView): string[] {
  const article = view.article(unit.articleId);
  if (!article || unit.index >= headLength(view, article)) return [];
  const m = PLACE_TAIL.exec(unit.text);
  return m ? m[0].split(',').map((w) => w.trim()) : [];
}

/** The most words a line that is only a name has ("Clara Martínez Cantón"). */
const NAME_WORDS = 4;

/** A line of two to four words, each capitalised: a name ("Thierry Poibeau"), not a headline or an address. */
function isNameLine(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return ws.length >= 2 && ws.length <= NAME_WORDS && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

function ownLine(s: Sentence, body: string): boolean {
  return (s.start === 0 || body[s.start - 1] === '\n') && (body[s.end] ?? '\n') === '\n';
}
