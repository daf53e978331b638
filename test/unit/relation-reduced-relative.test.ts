/**
 * "Who was the girl Byron loved?": a noun after the copula that a name's clause follows (a relative clause without
 * its pronoun) names no role a unit must say; the relation asked is the clause's verb ("loved").
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const EN = 'At school Aldric fell in love with Mary Vale. Odo was president of the Vale Society.';

describe('the relation of a question whose noun a clause without its pronoun follows', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: EN }]);
  const asked = (q: string) => {
    const a = analyse(q, stats);
    return { relation: a.relation?.id, role: a.role };
  };

  it("is the clause's verb, and no role", () => {
    expect(asked('Who was the girl Aldric loved at school?')).toEqual({ relation: 'loved', role: false });
  });

  it('is still the verb that a name follows, without a copula', () => {
    expect(asked('Who first showed Aldric some music at school?').relation).toBe('showed');
  });

  it('is still the role when the name belongs to the role ("of", a possessive)', () => {
    expect(asked('Who was the president of the Vale Society?')).toEqual({ relation: 'president', role: true });
  });
});
