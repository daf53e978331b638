import type { Article } from '../corpus/article.js';
import { fold, PACKS, pack } from '../lang/index.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import { inQuotes } from '../text/quotes.js';
import type { AnswerContext } from './candidates.js';
import { match } from './evidence.js';
import type { Question } from './question.js';
import { type Composed, cite } from './render.js';
import { sentenceStems } from './text-view.js';
import type { Citation } from './types.js';

const MIN_SHARE = 0.4;

/**
 * "When was the RD commentary published?": the one article the rest of the question points to (by its outlet and
 * title), quoted at its dateline — a sentence giving the full date of its front matter. Undefined when no single
 * article stands out or it has no dateline: only a date in the text can be quoted.
 */
export function publishedAnswer(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Composed | undefined {
  const which = { ...q, groups: q.groups.filter((g) => !q.pack.published.test(g.id)), speakers: [] };
  if (which.groups.length === 0) return undefined;
  const seen = new Set<string>();
  const ranked: { article: Article; share: number }[] = [];
  for (const p of retrieved) {
    const a = ctx.view.article(p.doc.metadata.articleId);
    if (!a || seen.has(a.id)) continue;
    seen.add(a.id);
    const stems = sentenceStems(`${a.outlet} ${a.title}`, a.language);
    ranked.push({ article: a, share: match(which, stems, a.language, pack(a.language).compounds).coverage });
  }
  ranked.sort((a, b) => b.share - a.share);
  const [first, second] = ranked;
  if (!first || first.share < MIN_SHARE || (second && second.share >= first.share)) return undefined;
  const line = dateline(first.article, ctx);
  if (!line) return undefined;
  const citations: Citation[] = [];
  const c = cite(citations, first.article, line, first.share);
  const answer = [
    q.pack.text.published(first.article.outlet, first.article.title),
    `• ${inQuotes(c.quote)} — ${c.source} [${c.n}]`,
  ];
  return { answer: answer.join('\n'), grounded: true, citations, confidence: first.share };
}

const MONTHS = PACKS.map((p) => p.time.months);

/** The sentence giving the article's full front-matter date ("31 October 2024 13:37"), if it has one. */
function dateline(article: Article, ctx: AnswerContext) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(article.date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return ctx.view.sentences(article.id).find((s) => {
    for (const x of fold(s.text).matchAll(/\b(\d{1,2})\s+([a-z]+)\s+(\d{4})\b/g))
      if (Number(x[1]) === d && MONTHS.some((ms) => ms.indexOf(x[2]!) === mo - 1) && Number(x[3]) === y) return true;
    return false;
  });
}
