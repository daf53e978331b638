/**
 * "Who did Pachomius pick to succeed him?": a verb an infinitive follows says how the one asked came to the relation;
 * the relation asked is the infinitive ("succeed"), not the verb before it. "to" before a noun is no infinitive.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const EN = 'In 348 Aldric died, naming Odo as his successor. Odo went to school in Vale and married Mary Vale.';

describe('the relation of a question whose verb an infinitive follows', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: EN }]);
  const relation = (q: string) => analyse(q, stats).relation?.id;

  it('is the infinitive', () => {
    expect(relation('Who did Aldric pick to succeed him?')).toBe('succeed');
    expect(relation('Who did Odo want to marry?')).toBe('marry');
  });

  it('is still the verb when "to" opens a phrase of a noun', () => {
    expect(relation('Who did Aldric send to school in Vale?')).toBe('send');
  });
});
