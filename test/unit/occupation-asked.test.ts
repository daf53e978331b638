/**
 * "What was the profession of Pierre's father?" over "his father, a painter": a word that asks what someone does for
 * a living is answered by the trade itself, so it counts as known though the articles never write it.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'Pierre Lamont was born in Lyon, the son of Jacques Lamont, a painter with a good name at court.\n\n' +
  'The family moved to Paris when Pierre was ten.';

describe('a word that asks for a profession', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: BODY }]);
  const group = (question: string, id: string) => analyse(question, stats).groups.find((g) => g.id === id);

  it('counts as known though the articles never write it', () => {
    expect(group("What was the profession of Pierre's father?", 'profession')?.known).toBe(true);
    expect(group("What was the occupation of Pierre's father?", 'occupation')?.known).toBe(true);
  });

  it('leaves other words the articles never write unknown', () => {
    expect(group("What was the salary of Pierre's father?", 'salary')?.known).toBe(false);
  });
});
