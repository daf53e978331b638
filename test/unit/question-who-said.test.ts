/**
 * "Wie zei dat Hadid de beste leerling was?" asks who said it: the clause "dat" opens is what was said, and its
 * subject is no speaker the answer must quote.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const BODY = [
  'Lotte Vos studeerde aan de academie in Gent bij Pieter Claes.',
  'Claes zei dat Lotte Vos de beste leerling was die hij ooit had gehad.',
].join('\n\n');
const article = { id: 'vos', language: 'nl', body: BODY, title: 'Lotte Vos', outlet: 'Encyclopedie', date: '2024' };
const { stats } = answerContext([article] as Article[]);

describe('a question for who said something', () => {
  it('asks to hear no one the reported clause names', () => {
    expect(analyse('Wie zei dat Lotte Vos de beste leerling was?', stats).speakers.map((g) => g.id)).toEqual([]);
  });

  it('asks to hear no one when it asks to whom the name wrote or spoke', () => {
    expect(analyse('Aan welke leerling schreef Claes een brief?', stats).speakers.map((g) => g.id)).toEqual([]);
    expect(analyse('To which student did Claes write a letter?', stats).speakers.map((g) => g.id)).toEqual([]);
    expect(analyse('Who did Claes write the letter to?', stats).speakers.map((g) => g.id)).toEqual([]);
  });

  it('asks to hear no one when it asks who wrote what the name is', () => {
    expect(analyse('Wie schreef Lotte Vos een brief?', stats).speakers.map((g) => g.id)).toEqual([]);
  });

  it('still hears the speaker a question names after the verb', () => {
    expect(analyse('Wat zei Claes over Lotte Vos?', stats).speakers.map((g) => g.id)).toEqual(['claes']);
    expect(analyse('What did Claes say to the students?', stats).speakers.map((g) => g.id)).toEqual(['claes']);
  });
});

describe('the relation of a question for who said something', () => {
  it('is none: the words of what was said are no relation a unit must say', () => {
    expect(analyse('Wie zei dat Lotte Vos de beste leerling was?', stats).relation).toBeUndefined();
  });

  it('is still the verb of a question for who did something', () => {
    expect(analyse('Wie studeerde bij Pieter Claes?', stats).relation?.id).toBe('studeerde');
  });
});
