/**
 * Moments reckoned from an event ("voor het in werking treden van dit besluit", "na de inwerkingtreding", "before the
 * signing"): a text that names the event asked only so does not say when it was.
 */
import { fold, pack } from '../lang/index.js';
import { stem } from '../text/analyze.js';
import { hasForm } from './evidence.js';
import type { Group } from './question.js';

/** How many words after the article the word that names the event may stand ("voor het in werking treden"). */
const ANCHOR_REACH = 4;
/** A form this long is read inside a compound too ("werking" in "inwerkingtreding"). */
const COMPOUND_FORM = 5;

/** The positions of the folded words that a moment reckoned from an event spans, its preposition to its event. */
function anchoredAt(ws: readonly string[], lang: string): Set<number> {
  const anchor = pack(lang).time.eventAnchor;
  const out = new Set<number>();
  if (!anchor) return out;
  ws.forEach((w, i) => {
    const names = anchor.articles.get(ws[i + 1] ?? '');
    if (!names || !anchor.prepositions.has(w)) return;
    const end = ws.slice(i + 2, i + 2 + ANCHOR_REACH).findIndex((x) => names.test(x));
    for (let k = i; end >= 0 && k <= i + 2 + end; k++) out.add(k);
  });
  return out;
}

/** The word is a form of the group's, or holds a long one inside a compound. */
function saysWord(g: Group, w: string, lang: string): boolean {
  if (hasForm(g, lang, stem(w, lang))) return true;
  return [...(g.forms.get(lang) ?? [])].some((f) => f.length >= COMPOUND_FORM && w.includes(f));
}

/** The positions of the text's folded words within moments reckoned from an event, and where it says a group. */
function positions(text: string, lang: string) {
  const ws = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const at = anchoredAt(ws, lang);
  const hits = (g: Group) => ws.flatMap((w, i) => (saysWord(g, w, lang) ? [i] : []));
  return { at, hits };
}

/** The groups, not names, that the text says and says only within moments reckoned from an event. */
export function anchoredGroups(text: string, lang: string, groups: readonly Group[]): Group[] {
  const { at, hits } = positions(text, lang);
  if (at.size === 0) return [];
  return groups.filter((g) => {
    const found = g.name ? [] : hits(g);
    return found.length > 0 && found.every((i) => at.has(i));
  });
}

/** The text says each of the groups outside any moment reckoned from an event. */
export function saysUnanchored(text: string, lang: string, groups: readonly Group[]): boolean {
  const { at, hits } = positions(text, lang);
  return groups.every((g) => hits(g).some((i) => !at.has(i)));
}
