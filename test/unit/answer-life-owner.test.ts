/**
 * "When did X die?", "Where did X die?": the first quote tells X's own death, not one of someone else the unit names
 * (a father's life span in brackets, a wife "who died in 1960"), nor a "place" after "In 1962, he married …".
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const ELLING = [
  'Marcus Elling was born in Lyon on May 3, 1902, the second son of Henri Elling (1870 – 1931), a baker.',
  'Marcus Elling (May 3, 1902 – June 14, 1975) was a French chemist.',
  'He married Rose Tamm, who died in 1960. In 1962, he married Clara Voss, a lawyer.',
].join('\n\n');
const VERREL = [
  'Tomas Verrel was a Dutch painter of rivers.',
  'He married Ilse Brand, who died in 1950. In 1952, he married Nora Kist, a singer.',
  'Verrel died in Utrecht on 3 May 1980.',
].join('\n\n');
const articles = [
  { id: 'elling', language: 'en', body: ELLING, title: 'Marcus Elling', outlet: 'Encyclopedia', date: '2024' },
  { id: 'verrel', language: 'en', body: VERREL, title: 'Tomas Verrel', outlet: 'Encyclopedia', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

const first = (question: string, id: string, body: string) =>
  rank(analyse(question, stats), whole(id, body), ctx).pool[0]?.unit.text;

describe('a death asked of someone', () => {
  it('is dated first by their own life span, not by a death of someone else the unit names', () => {
    expect(first('Wanneer is Elling gestorven?', 'elling', ELLING)).toMatch(/^Marcus Elling \(May 3, 1902 – June/);
    expect(first('When did Elling die?', 'elling', ELLING)).toMatch(/^Marcus Elling \(May 3, 1902 – June/);
  });

  it('leaves a birth to the sentence that tells it', () => {
    expect(first('When was Elling born?', 'elling', ELLING)).toMatch(/^Marcus Elling was born in Lyon/);
  });

  it('is placed by a place after a preposition of place, not after "In" and a year', () => {
    expect(first('Waar is Verrel gestorven?', 'verrel', VERREL)).toMatch(/^Verrel died in Utrecht/);
    expect(first('Where did Verrel die?', 'verrel', VERREL)).toMatch(/^Verrel died in Utrecht/);
  });
});
