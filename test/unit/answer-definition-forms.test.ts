/**
 * How encyclopedias and textbooks say what a term is: the whole term before a copula (not a larger name that opens
 * with one of its words), a bracket that glosses the term, a name whose brackets nest.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { defines } from '../../src/answer/features.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body:
      'The Northern Region is a part of Lindby. The province Northern-Vale belongs to the Northern Region. ' +
      'Moral realists hold a view. Karel Vos was a painter. Many rhythmic drills exist.',
  },
  { id: 'b', language: 'nl', body: 'Het Noordelijk Gewest is een deel van Lindby. De provincie hoort erbij.' },
]);
const says = (question: string, text: string, language = 'en') =>
  defines({ unit: { text }, article: { language } } as Candidate, analyse(question, stats));

describe('a unit that says what a term of more than one word is', () => {
  it('when its opening names the term, not a larger name sharing a word with it', () => {
    expect(says('What is the Northern Region?', 'The Northern Region is a part of Lindby.')).toBe(true);
    expect(says('What is the Northern Region?', 'The Northern-Vale province is, like the rest, a part.')).toBe(false);
    const nl = 'De provincie Noordelijk-Brabant behoort tot het Noordelijk Gewest, de provincie Zuid tot het zuiden.';
    expect(says('Wat is het Noordelijk Gewest?', nl, 'nl')).toBe(false);
  });

  it('in a bracket right after the whole term, not after a larger term', () => {
    const realists = 'If facts are redundant, indeed, moral realists (those who believe in moral facts) need a reason.';
    expect(says('What is a moral realist?', realists)).toBe(true);
    expect(says('What are drills?', 'There are rhythmic drills (the writing of a rhythm) in class.')).toBe(false);
  });

  it('past nested brackets between a name and its copula', () => {
    const nested = 'Karel Vos (/ v(ə)s /; Dutch: [ˈkaːrəl]; 1841 – 1904) was a Dutch painter.';
    expect(says('Who was Karel Vos?', nested)).toBe(true);
  });
});
