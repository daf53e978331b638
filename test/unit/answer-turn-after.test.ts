/**
 * "What tools did Vell use to map the reef?" over an interview: the answer turn's opening sentence follows the
 * interviewer's question, whose words it already takes as its own; that question is no sentence the answer comes
 * after, so it does not count as one repeating the question's words before it (`after`).
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const body =
  'Vell spent a month at sea.\n\n' +
  'What tools did you use to map the reef?\n\n' +
  'I used a sonar sled towed behind the boat. I used the same sled to map the harbour later.';
const article = { id: 'v', language: 'en', body, title: 'Vell at sea', outlet: 'Post', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['v', article]])), stats };
const passage: RetrievedPassage = {
  key: 'v:0',
  doc: new Document({ pageContent: body, metadata: { articleId: 'v', start: 0, end: body.length, seq: 0 } }),
  score: 1,
};
const units = gather(analyse('What tools did Vell use to map the reef?', stats), [passage], ctx);
const unit = (text: string) => units.find((c) => c.unit.text === text);

describe('an answer turn after the question turn', () => {
  it('does not count the question turn as a sentence its opening follows', () => {
    expect(unit('I used a sonar sled towed behind the boat.')?.after).toBe(0);
  });

  it('still counts the sentence before a later one of the turn', () => {
    expect(unit('I used the same sled to map the harbour later.')?.after).toBeGreaterThan(0);
  });
});
