import { describe, expect, it } from 'vitest';
import { relativeFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';

/**
 * "Who was the wife of X?": the unit that names X beside "wife" says most of the question; the one that names another
 * person beside the relation's word ("marrying the nurse Y Z") answers first.
 */
const body =
  'Penwick and his wife returned to Whitby in 1881. He moved to Leeds in 1860, marrying the nurse Ada Marlow. ' +
  'He acted in The Good Wife with Tom Brandle.';
const article = { id: 'a', language: 'en', body } as Article;
const stats = CorpusStats.fromArticles([article]);

function unit(text: string, score: number): Candidate {
  const start = body.indexOf(text);
  return {
    unit: { articleId: 'a', start, end: start + text.length, text, index: 0 },
    article,
    stems: new Set(),
    m: { coverage: 1, strict: 1, content: 1, allContent: 1, matched: new Set(), near: new Set() },
    retrieval: 1,
    kind: true,
    pair: false,
    chrome: false,
    after: 0,
    score,
  };
}

describe('a relation question answered by the unit that names the relative', () => {
  const q = analyse('Who was the wife of Harold Penwick?', stats);
  const asked = unit('Penwick and his wife returned to Whitby in 1881.', 0.6);
  const named = unit('He moved to Leeds in 1860, marrying the nurse Ada Marlow.', 0.2);
  const title = unit('He acted in The Good Wife with Tom Brandle.', 0.3);

  it('puts the unit naming another person beside the relation first', () => {
    expect(relativeFirst(q, [asked, title, named])[0]).toBe(named);
  });

  it('does not take a relation word written as part of a name, nor a unit far below the best', () => {
    expect(relativeFirst(q, [asked, title])[0]).toBe(asked);
    expect(relativeFirst(q, [asked, { ...named, score: 0.01 }])[0]).toBe(asked);
  });
});
