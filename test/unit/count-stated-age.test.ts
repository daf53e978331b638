/**
 * A number that states someone's age ("At age 80 he continues to write books", "op 80-jarige leeftijd") counts none
 * of the nouns after it: "How many books has she written?" is not answered by it.
 */
import { describe, expect, it } from 'vitest';
import { countsInOtherWords } from '../../src/answer/counts-in-other-words.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const articles = [
  { id: 'en', language: 'en', title: 'A writer', outlet: 'Wire', date: '2024', body: 'Ada Quill writes books.' },
  {
    id: 'nl',
    language: 'nl',
    title: 'Een schrijver',
    outlet: 'Krant',
    date: '2024',
    body: 'Ada Quill schrijft boeken.',
  },
];
const { stats } = answerContext(articles as Article[]);
const counts = (question: string, text: string, lang: string) =>
  countsInOtherWords(text, lang, analyse(question, stats));

describe('a number stating an age', () => {
  it('counts no books', () => {
    expect(counts('How many books has Quill written?', 'At age 80 she continues to write books.', 'en')).toBe(false);
    expect(counts('Hoeveel boeken schreef Quill?', 'Op 80-jarige leeftijd schrijft ze nog boeken.', 'nl')).toBe(false);
  });

  it('leaves a count of the noun a count', () => {
    expect(counts('How many books has Quill written?', 'At age 80 she had written 12 books.', 'en')).toBe(true);
    expect(counts('How many books has Quill written?', 'She has written 80 books.', 'en')).toBe(true);
  });
});
