import { describe, expect, it } from 'vitest';
import { relativeFirst } from '../../src/answer/after-verdict.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/**
 * "Who was the wife of X?": the unit that names X beside "wife" says most of the question; the one that names another
 * person beside the relation's word ("marrying the nurse Y Z") answers first.
 */
const body =
  'Penwick and his wife returned to Whitby in 1881. He moved to Leeds in 1860, marrying the nurse Ada Marlow. ' +
  'He acted in The Good Wife with Tom Brandle.';
const article = { id: 'a', language: 'en', body } as Article;
const stats = CorpusStats.fromArticles([article]);

const unit = (text: string, score: number) => candidateAt(article, text, score);

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

  it('finds it below the quote pool: naming the asked one by a pronoun, it ranks low', () => {
    const others = Array.from({ length: 13 }, (_, i) => ({ ...asked, score: 0.6 - i * 0.01 }));
    expect(relativeFirst(q, [...others, named])[0]).toBe(named);
  });
});
