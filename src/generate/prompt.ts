import { type AIMessage, type BaseMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { TextView } from '../answer/text-view.js';
import { type Answer, writtenFigure } from '../answer/types.js';
import { type Article, formatDate } from '../corpus/article.js';
import { pack } from '../lang/index.js';
import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { Lang } from '../text/analyze.js';
import { type Source, sourceText } from './validate.js';

/** At most this many numbered passages, and about this much passage text, go into one prompt. */
export const MAX_SOURCES = 8;
export const MAX_SOURCE_CHARS = 5000;

export interface SourceContext {
  articles: Map<string, Article>;
  sentences: TextView;
}

/**
 * The numbered passages for the prompt, in this order:
 * 1. the extractive answer's own citations (the sentences it chose, including figure sentences from articles that
 *    retrieval ranked low), so source [n] is the extractive citation [n] and its figures keep their numbers;
 * 2. then the retrieved passages, best first, cut to whole sentences, skipping any whose sentences are all already
 *    shown, until MAX_SOURCES or MAX_SOURCE_CHARS.
 * Every source is a verbatim span of an article body.
 */
export function buildSources(extractive: Answer, retrieved: readonly RetrievedPassage[], ctx: SourceContext): Source[] {
  const out: Source[] = [];
  let chars = 0;
  const covered = (articleId: string, s: { start: number; end: number }) =>
    out.some((o) => o.article.id === articleId && o.start <= s.start && s.end <= o.end);
  const add = (article: Article, start: number, end: number, score: number) => {
    const sentences = ctx.sentences
      .within(article.id, start, end)
      .filter((s) => s.start >= start && s.end <= end)
      .map((s) => ({ start: s.start, end: s.end }));
    out.push({ n: out.length + 1, article, start, end, sentences, score });
    chars += end - start;
  };
  for (const c of extractive.citations) {
    const article = ctx.articles.get(c.articleId);
    if (article && out.length < MAX_SOURCES) add(article, c.start, c.end, c.score);
  }
  const top = retrieved[0]?.score || 1;
  for (const p of retrieved) {
    if (out.length >= MAX_SOURCES || chars >= MAX_SOURCE_CHARS) break;
    const article = ctx.articles.get(p.doc.metadata.articleId);
    if (!article) continue;
    const { start, end } = p.doc.metadata;
    const inside = ctx.sentences.inside(article.id, start, end);
    if (inside.length === 0 || inside.every((s) => covered(article.id, s))) continue;
    const span = { start: inside[0]!.start, end: inside[inside.length - 1]!.end };
    if (chars + (span.end - span.start) > MAX_SOURCE_CHARS && out.length > 0) continue;
    add(article, span.start, span.end, Math.min(1, p.score / top));
  }
  return out;
}

/** "Dutch (Nederlands)": the language to write in, named so a model cannot mistake it. */
function languageName(lang: Lang): string {
  const p = pack(lang);
  return p.name === p.englishName ? p.name : `${p.englishName} (${p.name})`;
}

export const SYSTEM_PROMPT = (lang: Lang) =>
  [
    'You answer questions about news articles using ONLY the numbered passages you are given.',
    'Rules:',
    '1. Cite the passage or passages that support each sentence as [n] at the end of that sentence, ' +
      'e.g. [1] or [1][3]. Cite only numbers from the list.',
    '2. Every number, name and date you write must appear in the passage(s) that sentence cites; ' +
      'a sentence without a citation may contain none. Add nothing from memory, do not convert units or round figures.',
    '3. When the sources disagree (for example they give different figures), state the disagreement: ' +
      'say which source gives which figure, citing each. Do not pick one figure.',
    `4. Write the answer in ${languageName(lang)}, in at most five short sentences. Plain text, no headings.`,
    '5. If the passages do not answer the question, say so in one sentence without citations.',
  ].join('\n');

function header(s: Source): string {
  return `[${s.n}] "${s.article.title}" — ${s.article.outlet}, ${formatDate(s.article.date)}`;
}

/** "300 fans [1], 1,200 supporters [2] …": the figures the extractive answer found, when they differ. */
function disagreement(extractive: Answer): string | undefined {
  const figures = extractive.figures ?? [];
  if (new Set(figures.map((f) => f.value)).size < 2) return undefined;
  const list = figures.map((f) => `${writtenFigure(f)} [${f.citation}]`).join(', ');
  return `The sources disagree: they give these figures: ${list}.`;
}

/** System rules, then the question and the numbered passages (title, outlet, date, verbatim text). */
export function buildMessages(
  question: string,
  lang: Lang,
  sources: readonly Source[],
  extractive: Answer,
): BaseMessage[] {
  const passages = sources.map((s) => `${header(s)}\n${sourceText(s)}`).join('\n\n');
  const note = disagreement(extractive);
  const user = [
    `Question: ${question}`,
    '',
    'Passages:',
    passages,
    ...(note ? ['', note] : []),
    '',
    `Answer in ${languageName(lang)}, citing passages as [n].`,
  ].join('\n');
  return [new SystemMessage(SYSTEM_PROMPT(lang)), new HumanMessage(user)];
}

/** Text of a chat model reply, whether its content is a string or a list of parts. */
export function replyText(message: AIMessage | { content: unknown }): string {
  const c = message.content;
  if (typeof c === 'string') return c;
  if (Array.isArray(c))
    return c
      .map((p) =>
        typeof p === 'string'
          ? p
          : p && typeof p === 'object' && 'text' in p
            ? String((p as { text: unknown }).text)
            : '',
      )
      .join('');
  return '';
}
