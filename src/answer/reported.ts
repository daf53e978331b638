import { fold, pack } from '../lang/index.js';
import type { Candidate } from './candidates.js';
import { paragraphSpan, type TextView } from './text-view.js';

/**
 * A unit whose first sentence reports a question ("de fractie wil weten of …", "the minister announced which artist
 * …") echoes the question's words without answering them, as a question does: the units after it in its paragraph
 * ("Het werd de kunstenaar X.") go just before it, whatever they score. Only its place among them changes.
 */
export function answersAfterReported(pool: Candidate[], view: TextView): Candidate[] {
  const reported = new Map<Candidate, { from: number; to: number } | undefined>();
  for (const c of pool) reported.set(c, reportedSpan(c, view));
  if (![...reported.values()].some(Boolean)) return pool;
  const out: Candidate[] = [];
  const placed = new Set<Candidate>();
  const place = (c: Candidate) => {
    out.push(c);
    placed.add(c);
  };
  for (const c of pool) {
    if (placed.has(c)) continue;
    const span = reported.get(c);
    if (span) {
      const after = (f: Candidate) =>
        f.article.id === c.article.id && f.unit.start >= span.from && f.unit.start < span.to && !reported.get(f);
      for (const f of pool) if (!placed.has(f) && after(f)) place(f);
    }
    place(c);
  }
  return out;
}

/** Where the rest of the paragraph after a unit's first sentence lies, when that sentence reports a question. */
function reportedSpan(c: Candidate, view: TextView): { from: number; to: number } | undefined {
  const first = view.sentences(c.article.id)[c.unit.index];
  if (!first || !pack(c.article.language).reportedQuestion.test(fold(first.text))) return undefined;
  return { from: first.end, to: paragraphSpan(c.article.body, first).to };
}
