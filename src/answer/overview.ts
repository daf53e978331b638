import type { Article } from '../corpus/article.js';
import { fold, pack } from '../lang/index.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { isStopword, words } from '../text/analyze.js';
import { inQuotes } from '../text/quotes.js';
import type { AnswerContext } from './candidates.js';
import { isHeading, wordCount } from './candidates.js';
import { hasForm } from './evidence.js';
import type { Group, Question } from './question.js';
import { type Composed, cite } from './render.js';
import type { Citation } from './types.js';

function refused(q: Question): Composed {
  return { answer: q.pack.text.refuse, grounded: false, citations: [], confidence: 0, refusedBy: 'overview' };
}

/**
 * "What happened in Marvona?": an article retrieval found that never names the subject (every name asked, else one
 * of its words) is about something else.
 */
function namesSubject(a: Article, subject: Group[], ctx: AnswerContext): boolean {
  const stems = ctx.view.articleStems(a.id);
  const says = (g: Group) => [...stems].some((s) => hasForm(g, a.language, s));
  const names = subject.filter((g) => g.name);
  return names.length > 0 ? names.every(says) : subject.some(says);
}

/**
 * The articles, newest first, with one article per story ahead of the rest: an article whose title or lead shares a
 * name with one already ahead ("Norvex", "Oosterhaven") tells the same story, so each story shows before any twice.
 */
function storiesFirst(articles: Article[], ctx: AnswerContext): Article[] {
  const seen = new Set<string>();
  const first: Article[] = [];
  const later: Article[] = [];
  for (const a of articles) {
    const lead = ctx.view.sentences(a.id).find((x) => wordCount(x.text) >= 8)?.text ?? '';
    const names = words(`${a.title} ${lead}`).filter((w) => ctx.stats.isNameWord(w) && !isStopword(w, a.language));
    (names.some((n) => seen.has(n)) ? later : first).push(a);
    for (const n of names) seen.add(n);
  }
  return [...first, ...later];
}

/** The words that ask for the overview: the pack's phrase without a subject written inside it (named groups). */
function overviewPhrase(text: string, overview: RegExp): string {
  const m = text.match(overview);
  if (!m) return '';
  return Object.values(m.groups ?? {}).reduce((rest, inside) => (inside ? rest.replace(inside, ' ') : rest), m[0]);
}

/** Articles an overview names: enough to see what the corpus is about, few enough for one message. */
const MAX_ARTICLES = 4;

/**
 * "Summarize the news", "waar gaat dit over": each article's title with its lead (first real sentence) as the
 * quote. When the question names a subject ("summarize the news about X"), the articles retrieval found for it;
 * otherwise the most recent ones.
 */
export function overviewAnswer(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Composed {
  const phrase = overviewPhrase(fold(q.text), q.pack.overview);
  const subject = q.groups.filter((g) => !q.pack.overview.test(g.id) && !phrase.includes(g.id));
  const articles: Article[] = [];
  if (subject.length > 0) {
    for (const p of retrieved) {
      const a = ctx.view.article(p.doc.metadata.articleId);
      if (a && !articles.includes(a) && namesSubject(a, subject, ctx)) articles.push(a);
    }
  }
  // "Summarize the news about Mars" over articles that never name it: nothing to summarise.
  if (subject.length > 0 && articles.length === 0) return refused(q);
  if (articles.length === 0)
    articles.push(
      ...storiesFirst(
        [...ctx.view.articles.values()].sort((a, b) => b.date.localeCompare(a.date)),
        ctx,
      ),
    );
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const a of articles) {
    if (lines.length >= MAX_ARTICLES) break;
    // The lead, not the headline a news body may open with (a line of its own with no closing mark).
    const lead = ctx.view
      .sentences(a.id)
      .find((s) => wordCount(s.text) >= 8 && !/[•|]/.test(s.text) && !isHeading(s, a));
    if (!lead) continue;
    const c = cite(citations, a, lead, 1);
    // The title goes with the source: its words and numbers are not claims the quote must carry.
    lines.push(`• ${inQuotes(c.quote)} — ${a.title}, ${c.source} [${c.n}]`);
  }
  if (lines.length === 0) return refused(q);
  return { answer: [pack(q.lang).text.overview, ...lines].join('\n'), grounded: true, citations, confidence: 1 };
}
