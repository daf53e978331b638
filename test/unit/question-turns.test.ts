/** An interview's or FAQ's answer speaks of what the question turn before it asked, without repeating its words. */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const ASKED = 'What made you open a bakery in Leeds?';
const ANSWER = 'My grandmother baked every Sunday, and I wanted that smell in a whole street.';
const RHETORICAL =
  'Bakeries in small towns have closed for decades, because supermarkets sell bread for less and open longer. ' +
  'Many owners retired without anyone to take over the ovens, and their shops became phone stores, cafés or ' +
  'offices, or simply stayed empty for years. ' +
  'So why would anyone open a bakery in a small town today?';
const body = [
  'Wikinews interviews baker Ann Vos.',
  ASKED,
  `${ANSWER} It took two years.`,
  'Do you sell online?',
  'Not yet, the post is too slow for bread.',
  'Which flour do you buy?',
  'Did you ever think of a second shop?',
  'Yes, in York.',
  RHETORICAL,
  'Rents in the old market hall stayed low for small shops.',
].join('\n\n');
const article = { id: 'b', language: 'en', body, title: 'Baker', outlet: 'Wikinews', date: '2025-01-01' } as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['b', article]])), stats };
const passage = (start: number, end: number): RetrievedPassage => ({
  key: `b:${start}`,
  doc: new Document({ pageContent: body.slice(start, end), metadata: { articleId: 'b', start, end, seq: 0 } }),
  score: 1,
});
const whole = passage(0, body.length);
const unit = (question: string, text: string, p = whole) =>
  gather(analyse(question, stats), [p], ctx).find((c) => c.unit.text === text);

describe('question turns', () => {
  it("counts the question turn's words for the answer after it", () => {
    const c = unit('Why did Ann Vos open a bakery?', ANSWER);
    expect(c?.m.matched.has('bakery')).toBe(true);
    expect(c?.m.matched.has('open')).toBe(true);
  });

  it('gathers the answer when the passage retrieved ends on the question', () => {
    const upTo = body.indexOf(ASKED) + ASKED.length;
    expect(unit('Why did Ann Vos open a bakery?', ANSWER, passage(0, upTo))).toBeDefined();
  });

  it('lends nothing from a long paragraph that ends on a rhetorical question', () => {
    const c = unit('Why are rents low in the market hall of a small town bakery?', body.split('\n\n').at(-1)!);
    expect(c?.m.matched.has('bakery')).toBe(false);
  });

  it('lends nothing to a sentence that itself asks', () => {
    const c = unit('Did Ann Vos think of flour for a second shop?', 'Did you ever think of a second shop?');
    expect(c?.m.matched.has('shop')).toBe(true);
    expect(c?.m.matched.has('flour')).toBe(false);
  });
});
