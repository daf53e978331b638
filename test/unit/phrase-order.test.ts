/**
 * The phrase feature (the question's neighbouring words standing together in the unit) reads them in the question's
 * order in its own language; another language orders words its own way ("In Brussel waarschuwde Jansen").
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { poolStats, UNIT_FEATURES, unitFeatures } from '../../src/answer/features.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';

const body = 'In Brussel waarschuwde Jansen dat de oude brug in juni dichtgaat.';
const article = { id: 'a', language: 'nl', body } as Article;
const unit: Candidate = {
  unit: { articleId: 'a', start: 0, end: body.length, text: body, index: 1 },
  article,
  stems: new Set(),
  m: { coverage: 1, strict: 1, content: 1, allContent: 1, matched: new Set(), near: new Set() },
  retrieval: 1,
  kind: true,
  pair: false,
  chrome: false,
  after: 0,
  score: 0,
};
const stats = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body }]);
const phrase = (question: string) =>
  unitFeatures(unit, analyse(question, stats), poolStats([unit]))[UNIT_FEATURES.indexOf('phrase')];

describe('the phrase feature', () => {
  it('takes a pair in either order in a unit of another language than the question', () => {
    expect(phrase('Where did Jansen make his statement?')).toBe(1);
  });

  it("keeps the question's order in its own language", () => {
    expect(phrase('Waar deed Jansen zijn waarschuwing?')).toBe(0);
  });
});
