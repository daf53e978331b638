/**
 * "What's the most popular way to stay overnight on Valdoria?": "The most popular lodging is camping on the beaches"
 * says the question's superlative, and answers first though another unit writes more of its other words
 * (compose.ts, superlativeFirst).
 */
import { describe, expect, it } from 'vitest';
import { superlativeFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { superlativeEcho } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const OTHER = 'Tourists can stay overnight in the villages of Valdoria, a popular way to meet people.';
const MOST = 'The most popular lodging on Valdoria is actually camping on the beaches.';
const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'en', body: `${OTHER}\n\n${MOST}` },
  { id: 'b', language: 'en', body: 'The harbour of Kestrel opened in the spring. Ships bring grain every week.' },
]);
const QUESTION = "What's the most popular way to stay overnight on Valdoria?";
const unit = (text: string, score: number) => ({ unit: { text }, article: { language: 'en' }, score }) as Candidate;

describe("the question's superlative said in a unit", () => {
  it('is "most" with the word after it, as the unit writes it', () => {
    const q = analyse(QUESTION, stats);
    expect(superlativeEcho(MOST, 'en', q)).toBe(true);
    expect(superlativeEcho(OTHER, 'en', q)).toBe(false);
    expect(superlativeEcho('It is the most visited beach.', 'en', q)).toBe(false);
  });
  it('is a word ending in -est after a little word', () => {
    const q = analyse('What is the biggest island of Valdoria?', stats);
    expect(superlativeEcho('Valdoria Major is the biggest of them.', 'en', q)).toBe(true);
    expect(superlativeEcho('Valdoria Major is big.', 'en', q)).toBe(false);
  });
  it('puts a unit that says it first when it is not far below the best', () => {
    const q = analyse(QUESTION, stats);
    expect(superlativeFirst(q, [unit(OTHER, 0.4), unit(MOST, 0.15)])[0]?.unit.text).toBe(MOST);
    expect(superlativeFirst(q, [unit(OTHER, 0.4), unit(MOST, 0.05)])[0]?.unit.text).toBe(OTHER);
  });
});
