import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { fold } from '../text/analyze.js';
import { monthNumber } from '../text/dates.js';

/** "When was the RD commentary published?", "Wanneer is het artikel van de NOS verschenen?" */
const PUBLISHED =
  /\b(published|posted|written|appeared|verschenen|gepubliceerd|geschreven|gepost|publicatiedatum|publication date)\b/;

/** Words that ask for the publication date and say nothing about which article: left out when choosing it. */
export const PUBLISHED_WORD =
  /^(published|publish|posted|post|written|appeared|verschenen|verschijnen|gepubliceerd|publiceren|geschreven|gepost|publicatiedatum|publication|date|datum|artikel|article|stuk|piece)$/;

export function asksPublished(question: string): boolean {
  return PUBLISHED.test(fold(question));
}

/**
 * The sentence of an article that dates it ("31 October 2024 13:37"): a day, month and year equal to the date in its
 * front matter. Only a full date can be proved by a quote; an article dated by month only has no dateline.
 */
export function findDateline(article: Article, sentences: Sentence[]): Sentence | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(article.date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return sentences.find((s) => {
    for (const x of fold(s.text).matchAll(/\b(\d{1,2})\s+([a-z]+)\s+(\d{4})\b/g))
      if (Number(x[1]) === d && monthNumber(x[2]!) === mo && Number(x[3]) === y) return true;
    return false;
  });
}
