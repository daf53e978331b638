/** "How old was X when …?": an age stated at another event of X does not answer; one at the event asked does. */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const TARNOW = 'The fiddler Edwin Tarnow died on Saturday at the age of 81 in his home town of Brackley.';
const MARLOW = 'Ruth Marlow joined the Brackley Town Band at the age of 16, and played with it for forty years.';
const VEERMAN = 'De organist Joris Veerman is zondag op 79-jarige leeftijd overleden in zijn woonplaats Zwolle.';
const DEKKER = 'Zijn eerste concert gaf Anton Dekker op 17-jarige leeftijd in de kerk van Kampen.';
const article = (id: string, language: string, body: string) => ({ id, language, body, title: id, outlet: 'News' });
const articles = [
  article('tarnow', 'en', TARNOW),
  article('marlow', 'en', MARLOW),
  article('veerman', 'nl', VEERMAN),
  article('dekker', 'nl', DEKKER),
].map((a) => ({ ...a, date: '2024' }));
const { stats, ctx } = answerContext(articles as Article[]);
const said = (question: string, id: string, body: string) => rank(analyse(question, stats), whole(id, body), ctx).said;

describe('an age asked at an event', () => {
  it('is not told by the age at another event', () => {
    expect(said('How old was Edwin Tarnow when he joined the band?', 'tarnow', TARNOW)).toBe(false);
    expect(said('Hoe oud was Joris Veerman toen hij zijn eerste concert gaf?', 'veerman', VEERMAN)).toBe(false);
  });

  it('is told by a unit that says the event, or an age at a death asked', () => {
    expect(said('How old was Ruth Marlow when she joined the band?', 'marlow', MARLOW)).toBe(true);
    expect(said('Hoe oud was Anton Dekker toen hij zijn eerste concert gaf?', 'dekker', DEKKER)).toBe(true);
    expect(said('How old was Edwin Tarnow when he died?', 'tarnow', TARNOW)).toBe(true);
    expect(said('Hoe oud was Joris Veerman toen hij overleed?', 'veerman', VEERMAN)).toBe(true);
  });
});
