import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold, pack } from '../lang/index.js';
import type { Candidate } from './candidates.js';
import type { Question } from './question.js';
import type { TextView } from './text-view.js';

/** The question asks what penalty something carries ("Welke straf staat op …?", "What's the penalty for …?"). */
export function penaltyAsked(q: Question): boolean {
  return q.pack.penalty.asked.test(fold(q.text));
}

/** A text that gives a penalty in its language's words ("… wordt gestraft met hechtenis …", "a fine of …"). */
function givesPenalty(text: string, lang: string): boolean {
  return pack(lang).penalty.given.test(fold(text));
}

/**
 * For a question that asks a penalty, the sentences of the retrieved articles that give one: a law's penalty clause
 * ("1. Met hechtenis … wordt gestraft:") says little of what it punishes, and passage retrieval may miss it.
 */
export function penaltyUnits(
  q: Question,
  articles: readonly Article[],
  view: TextView,
): { article: Article; sentence: Sentence }[] {
  if (!penaltyAsked(q)) return [];
  return articles.flatMap((article) =>
    view
      .sentences(article.id)
      .filter((s) => givesPenalty(s.text, article.language))
      .map((sentence) => ({ article, sentence })),
  );
}

/**
 * "Welke straf staat op het betreden van een wrak zonder vergunning?": the provision that forbids it says most of the
 * question, the penalty clause of its law ("… gestraft met een geldboete van de derde categorie") answers it. When the
 * best unit gives no penalty, the best unit of its article that gives one goes first. After the verdict: whether the
 * articles answer is judged on the units that say most of the question.
 */
export function penaltyFirst(q: Question, pool: Candidate[]): Candidate[] {
  const best = pool[0];
  if (!best || givesPenalty(best.unit.text, best.article.language) || !penaltyAsked(q)) return pool;
  const penal = pool.find((c) => c.article.id === best.article.id && givesPenalty(c.unit.text, c.article.language));
  return penal ? [penal, ...pool.filter((c) => c !== penal)] : pool;
}
