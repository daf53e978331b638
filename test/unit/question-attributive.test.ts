/** "Wie waren bekende studenten van X?": the adjective before the noun says which; the noun says the relation. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const BODY = [
  'Pieter Claes was een bekende schilder van havens en doceerde aan de academie in Gent.',
  'Tot zijn studenten behoorden Lotte Vos en Jan Baert; zijn weduwe schonk zijn schetsen aan de stad.',
].join('\n\n');
const article = {
  id: 'claes',
  language: 'nl',
  body: BODY,
  title: 'Pieter Claes',
  outlet: 'Encyclopedie',
  date: '2024',
};
const { stats } = answerContext([article] as Article[]);

describe('an inflected adjective before the noun of the relation', () => {
  it('is skipped: the noun after it is the relation asked', () => {
    expect(analyse('Wie waren bekende studenten van Pieter Claes?', stats).relation?.id).toBe('studenten');
  });

  it('leaves a noun in "-e" that no noun follows the relation', () => {
    expect(analyse('Wie was de weduwe van Pieter Claes?', stats).relation?.id).toBe('weduwe');
  });
});
