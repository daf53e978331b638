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
import { candidateAt } from '../support/candidate.js';

const body = 'In Brussel waarschuwde Jansen dat de oude brug in juni dichtgaat.';
const article = { id: 'a', language: 'nl', body } as Article;
const base = candidateAt(article, body, 0);
// Not the article's opening sentence, which has a feature of its own.
const unit: Candidate = { ...base, unit: { ...base.unit, index: 1 } };
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
