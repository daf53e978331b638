/**
 * A title the corpus gives to one person stands for them ("the philosopher" for Ada Quill), but a word the stemmer
 * reads as the same stem while deriving another word from it ("philosophically") does not: "Where was Ada Quill
 * born?" is not answered by another article's "I was born in Ohio … philosophically".
 */
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { rank } from '../../src/answer/compose.js';
import { namesAny } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const QUILL = 'The philosopher Ada Quill spoke in Rome.\n\nLater the philosopher Ada Quill wrote a book on time.';
const OHIO =
  'I was born and raised in Ohio, and I think philosophically about it.\n\nThe philosopher was born in Lyon.';
const articles = [
  { id: 'quill', language: 'en', body: QUILL, title: 'A talk in Rome', outlet: 'Wire', date: '2024' },
  { id: 'ohio', language: 'en', body: OHIO, title: 'A candidate speaks', outlet: 'Wire', date: '2024' },
];
const { stats, ctx, passages } = answerContext(articles as Article[]);

describe('a title standing for one person', () => {
  it('is learned from the words written before the name', () => {
    expect(new Map(stats.titles()).get('philosoph')).toBe('ada');
  });

  it('names the person in a unit that writes the title, not in one that writes a word derived from it', () => {
    const q = analyse('Where was Ada Quill born?', stats);
    const units = gather(q, passages, ctx);
    const unit = (start: string) => units.find((c) => c.unit.text.startsWith(start) && !c.pair);
    expect(unit('The philosopher was born')?.stems.has('ada')).toBe(true);
    expect(unit('I was born and raised')?.stems.has('ada')).toBe(false);
    const pool = rank(q, passages, ctx).pool;
    expect(pool.filter((c) => c.unit.text.startsWith('I was born')).some((c) => namesAny(c, q))).toBe(false);
  });
});
