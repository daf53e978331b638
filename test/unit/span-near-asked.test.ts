/**
 * "How long must my passport still be valid?": of "Your passport needs to be valid at least six months …" and "It is
 * usually valid for 30 days", the first says more of the question's words beside its number, and answers first when
 * it is nearly as good as the best unit (compose.ts, spanNearAskedFirst).
 */
import { describe, expect, it } from 'vitest';
import { askedNearFigure } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

describe('the words of the question beside a span', () => {
  const passport = 'Your passport needs to be valid at least six months past the end of your planned return.';
  const card = 'Airlines will ask for a valid tourist card. It is usually valid for 30 days.';
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: `${card}\n\n${passport}` }]);
  const q = analyse('How long must my passport still be valid after my trip to Valdoria?', stats);

  it('counts the asked words near one number, in its sentence', () => {
    expect(askedNearFigure(passport, 'en', q)).toBe(2);
    expect(askedNearFigure(card, 'en', q)).toBe(1);
  });

  it('counts nothing across a full stop or without a number', () => {
    expect(askedNearFigure('Bring your passport. It takes 30 minutes.', 'en', q)).toBe(0);
    expect(askedNearFigure('Your passport must be valid.', 'en', q)).toBe(0);
  });
});
