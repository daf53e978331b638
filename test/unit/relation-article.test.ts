/**
 * "Wie werd tweede op de Ronde?": retrieval favours the passages that name the race, and none of them says who was
 * second; a sentence further on in the best unit's article that gives a name beside the relation answers.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import { namesHolder } from '../../src/answer/relation.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { answerContext } from '../support/answer-context.js';

const OPENING = [
  'De Ronde van Brambeek werd zondag verreden over 180 kilometer door het heuvelland rond Brambeek.',
  'Al na tien kilometer ontstond in de Ronde van Brambeek een kopgroep van zes renners.',
  'Dekkers: ,,Ik had de Ronde van Brambeek al maanden in mijn hoofd.',
].join('\n\n');
const SECOND = 'Pieters werd derde, Vermaat tweede, maar Dekkers was ongenaakbaar.';
const body = `${OPENING}\n\n${SECOND}\n\nVolgend jaar start de ronde in het centrum.`;
const article = { id: 'ronde', language: 'nl', body, title: 'Dekkers wint', outlet: 'Sportkrant', date: '2024' };
const { stats, ctx } = answerContext([article] as Article[]);
/** Only the opening is retrieved: the passage that says who was second is not. */
const opening: RetrievedPassage[] = [
  {
    key: 'ronde:0',
    doc: new Document({
      pageContent: OPENING,
      metadata: { articleId: 'ronde', start: 0, end: OPENING.length, seq: 0 },
    }),
    score: 1,
  },
];

describe("the relation said further on in the best unit's article", () => {
  it('answers from the sentence that gives a name beside it', () => {
    const { pool, answers } = rank(analyse('Wie werd tweede in de Ronde van Brambeek?', stats), opening, ctx);
    expect(answers).toBe(true);
    expect(pool[0]?.unit.text).toBe(SECOND);
  });

  it('refuses when no sentence of the article says it', () => {
    expect(rank(analyse('Wie werd vierde in de Ronde van Brambeek?', stats), opening, ctx).answers).toBe(false);
  });

  it('takes a name beside the word only, in a compound too', () => {
    const q = analyse('Who was the coach of the team?', stats);
    const r = { ...q.groups[0]!, forms: new Map([['nl', new Set(['coach'])]]) };
    expect(namesHolder('Bondscoach De Wit stelde vier verdedigers op.', 'nl', r, q)).toBe(true);
    expect(namesHolder('De coach stelde vier verdedigers op tegen Valdorije.', 'nl', r, q)).toBe(false);
  });
});
