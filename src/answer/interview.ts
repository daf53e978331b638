import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack } from '../lang/index.js';
import { keyedMemo } from './memo.js';
import type { CorpusStats } from './stats.js';
import { paragraphSpan, type TextView } from './text-view.js';

/** How many sentences of an article's opening, before its first question turn, may name the one it interviews. */
const LEAD_SENTENCES = 4;

const interviewees = keyedMemo<TextView, string[]>();

/**
 * "Why did you choose mathematics?" / "When I was ten my father showed me …": an interview's answer turn is spoken by
 * the one it interviews, who says "I" and is asked as "you", and whom the article names elsewhere. The name stems of
 * that speaker for a unit in an answer turn that speaks in the first person or answers a turn asking "you"; none
 * for any other unit.
 */
export function speakerOfTurn(unit: Sentence, view: TextView, stats: CorpusStats, p: LanguagePack): string[] {
  const turn = view.questionTurn(unit);
  if (turn.length === 0) return [];
  const body = view.article(unit.articleId)?.body ?? '';
  const { from, to } = paragraphSpan(body, unit);
  const paragraph = body.slice(from, to);
  const speaks = wordsOf(paragraph).some((w) => p.firstPerson.has(w));
  const asked = turn.some((s) => wordsOf(s.text).some((w) => p.secondPerson.has(w)));
  return speaks || asked ? interviewee(unit.articleId, view, stats) : [];
}

/**
 * The names of the one an article interviews: those its title writes ("Wikinews interviews Aner Shalev") and those of
 * its opening sentences before the first question turn ("Wikinews spoke with William Evans, president of …", under a
 * title that names only his Brotherhood). The outlet is no one interviewed.
 */
function interviewee(articleId: string, view: TextView, stats: CorpusStats): string[] {
  return interviewees(view, articleId, () => {
    const outlet = new Set(view.outletStems(articleId));
    const named = (stems: Iterable<string>) => [...stems].filter((t) => stats.isName(t) && !outlet.has(t));
    const all = new Set(named(view.titleStems(articleId)));
    for (const s of view.sentences(articleId).slice(0, LEAD_SENTENCES)) {
      if (view.answersAfter(s, 1).length > 0) break;
      for (const t of named(view.stemsOf(s))) all.add(t);
    }
    return [...all];
  });
}

function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}]+/gu) ?? [];
}
