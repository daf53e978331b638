import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold } from '../lang/index.js';
import type { Question } from './question.js';
import { paragraphSpan } from './text-view.js';

/** A reference list's entry is a line of its own, rarely longer than this. */
const MAX_ENTRY_CHARS = 600;
/** How many of the marks of a reference an entry shows: one may be chance ("in 2007 (…)."), two are not. */
const MIN_MARKS = 2;

/**
 * What a bibliography's entry shows, whatever its style: authors by surname and initials ("Duckworth, A. L.;"), a
 * year in brackets closing a clause ("(June 2007)."), volume, issue and pages ("92 (6): 1087–1101", "vol. 4",
 * "pp. 12–19"), an identifier ("doi:", "PMID", "ISBN"). A citation in running text ("(Tan et al., 2005)") shows none.
 */
const MARKS: readonly RegExp[] = [
  /^[\s[(\d.]*\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*-?){1,3}(?:[;,&]|\s|$)/u,
  /\((?:\p{L}+\.?\s+){0,2}\d{4}[a-z]?\)\s*[.,:]/u,
  /\b\d+\s*\(\d+(?:[-–]\d+)?\)\s*:\s*\d+|\b(?:vol|pp)\.\s*\d+/iu,
  /\bdoi(?::|\.org\/)|\b(?:PMID|PMCID|ISBN|ISSN|arXiv)\b/u,
];

/** The line is an entry of a reference list: a source's authors, year, journal and pages, not what it found. */
export function isReferenceLine(line: string): boolean {
  if (line.length > MAX_ENTRY_CHARS) return false;
  return MARKS.filter((m) => m.test(line)).length >= MIN_MARKS;
}

/** The whole line of the body the unit stands on. */
function lineOf(unit: Sentence, article: Article): string {
  const { from, to } = paragraphSpan(article.body, unit);
  return article.body.slice(from, to);
}

/**
 * "Which psychologist came up with the term grit?" is answered by what the text says, not by the entry of its
 * reference list that repeats the paper's title: an entry answers only a question about a publication ("In which
 * journal was the study published?").
 */
export function quotable(q: Question): (c: { unit: Sentence; article: Article }) => boolean {
  if (q.pack.publication.test(fold(q.text))) return () => true;
  return (c) => !isReferenceLine(lineOf(c.unit, c.article));
}
