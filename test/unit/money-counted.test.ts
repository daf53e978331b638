/** "How much money …": a sum written with a currency's sign says the money asked, though not the word. */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const body =
  'The Harbour club won the chess final and $ 20,000.\n\n' +
  'The club said the money would go to its youth players.\n\nThe final drew 300 fans.';
const article = { id: 'c', language: 'en', body, title: 'Chess', outlet: 'Post', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['c', article]])), stats };
const passage: RetrievedPassage = {
  key: 'c:0',
  doc: new Document({ pageContent: body, metadata: { articleId: 'c', start: 0, end: body.length, seq: 0 } }),
  score: 1,
};
const unit = (question: string, text: string) =>
  gather(analyse(question, stats), [passage], ctx).find((c) => c.unit.text === text);

describe('money asked, a sum in a currency given', () => {
  it('reads the sum as the money the question counts', () => {
    const won = unit('How much money did the Harbour club win?', 'The Harbour club won the chess final and $ 20,000.');
    expect(won?.m.matched.has('money')).toBe(true);
  });

  it('reads no money into a sum when the question counts something else', () => {
    const won = unit(
      'How many fans saw the Harbour club win money?',
      'The Harbour club won the chess final and $ 20,000.',
    );
    expect(won?.m.matched.has('money')).toBe(false);
  });
});
