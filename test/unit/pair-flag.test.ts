/**
 * The ranker's `pair` feature says the unit is two sentences quoted together: a single sentence that points back
 * ("These murals …", whose coverage is weighed down) is no pair, and the two sentences quoted together are one.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const first = 'Mira Holt painted two murals in the harbour of Brekken.';
const second = 'These murals show the fishing boats of the harbour at dawn.';
const body = `${first} ${second}`;
const article = { id: 'm', language: 'en', body, title: 'Mira Holt', outlet: 'Post', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['m', article]])), stats };
const passage: RetrievedPassage = {
  key: 'm:0',
  doc: new Document({ pageContent: body, metadata: { articleId: 'm', start: 0, end: body.length, seq: 0 } }),
  score: 1,
};
const units = gather(analyse('What do the murals of Mira Holt in the harbour show?', stats), [passage], ctx);
const unit = (text: string) => units.find((c) => c.unit.text === text);

describe("a unit's pair flag", () => {
  it('is off for a single sentence that points back', () => {
    expect(unit(second)?.pair).toBe(false);
  });

  it('is off for a single sentence that does not', () => {
    expect(unit(first)?.pair).toBe(false);
  });

  it('is on for the two sentences quoted together', () => {
    expect(unit(body)?.pair).toBe(true);
  });
});
