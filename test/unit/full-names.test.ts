/** An article names someone in full once, then by one word of the name: that word speaks of the whole name. */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const body =
  'Maria Lopez Garcia visited the harbour on Monday.\n\n' +
  'The council met on Tuesday.\n\nLater Garcia signed the treaty in June.';
const article = { id: 'h', language: 'en', body, title: 'Harbour', outlet: 'Post', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['h', article]])), stats };
const passage: RetrievedPassage = {
  key: 'h:0',
  doc: new Document({ pageContent: body, metadata: { articleId: 'h', start: 0, end: body.length, seq: 0 } }),
  score: 1,
};
const unit = (question: string, text: string) =>
  gather(analyse(question, stats), [passage], ctx).find((c) => c.unit.text === text);

describe('a name its article gives in full', () => {
  it("counts the name's other words for a unit that writes its last word, as its context", () => {
    const signed = unit('What did Maria Lopez Garcia sign?', 'Later Garcia signed the treaty in June.');
    expect(signed?.m.matched.has('garcia')).toBe(true);
    expect(signed?.m.near.has('maria')).toBe(true);
    expect(signed?.m.matched.has('maria')).toBe(false);
  });
});
