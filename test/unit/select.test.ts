import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { selectQuotes } from '../../src/answer/select.js';
import type { Article } from '../../src/corpus/article.js';

/** Quote selection on hand-made units: which units are quoted, in what order. */
const body = 'The company met on Wednesday. It will cut 500 jobs. The union was not told.';
const article = { id: 'a', language: 'en', body } as Article;
const [first, second] = ['The company met on Wednesday.', 'It will cut 500 jobs.'].map((t) => body.indexOf(t));

function unit(start: number, end: number, score: number, pair = false): Candidate {
  const text = body.slice(start, end);
  return {
    unit: { articleId: 'a', start, end, text, index: 0 },
    article,
    stems: new Set(),
    m: { coverage: 1, strict: 1, content: 1, allContent: 1, matched: new Set(), near: new Set() },
    retrieval: 1,
    kind: true,
    pair,
    chrome: false,
    after: 0,
    score,
  };
}

describe('selecting quotes', () => {
  const sentence = unit(first!, first! + 'The company met on Wednesday.'.length, 0.6);
  const pair = unit(first!, second! + 'It will cut 500 jobs.'.length, 0.55, true);

  it('quotes the best sentence with its neighbour when the two score nearly as well', () => {
    expect(selectQuotes([sentence, pair], []).map((c) => c.unit.text)).toEqual([pair.unit.text]);
  });

  it('keeps the sentence alone when the pair scores much less', () => {
    const weak = { ...pair, score: 0.3 };
    expect(selectQuotes([sentence, weak], [])[0]?.unit.text).toBe(sentence.unit.text);
  });
});
