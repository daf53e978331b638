/** "When did X tweet?": a date of another event of X, where the article tells the one asked without one, tells none. */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { eventVerbsAsked } from '../../src/answer/event-unsaid.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const MARLOW = [
  'Last week Jonas Marlow was arrested at his school in Dunmere after he showed a home-made radio.',
  'Jonas Marlow received support from the mayor Edna Voss and from thousands of students.',
  'Edna Voss tweeted to Jonas Marlow that his radio was a fine piece of work.',
  'Edna Voss won the election for mayor in 2019.',
].join('\n\n');
const HALVERN = [
  'The Halvern Guild was founded in 1874 by the weavers of Dunmere.',
  'In 1901 the weavers of Dunmere joined a federation of craft unions.',
  'The Halvern Guild integrated into the community of Ostmark around 1930.',
  'The Halvern Guild is best known for its linen, shown in a hall near the river.',
].join('\n\n');
const articles = [
  { id: 'marlow', language: 'en', body: MARLOW, title: 'Radio', outlet: 'News', date: '2024' },
  { id: 'halvern', language: 'en', body: HALVERN, title: 'Weaving in Dunmere', outlet: 'Encyclopedia', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);
const said = (question: string, id: string, body: string) => rank(analyse(question, stats), whole(id, body), ctx).said;
const verbs = (question: string) => eventVerbsAsked(analyse(question, stats)).map((g) => g.id);

describe('the verb of the event a time or place question asks', () => {
  it('is a verb where it stands, not a noun, a light verb or one of where something is', () => {
    expect(verbs('When did Edna Voss tweet to Jonas Marlow?')).toEqual(['tweet']);
    expect(verbs('When was the Halvern Guild founded?')).toEqual(['founded']);
    expect(verbs('Wanneer werd de Halvern Guild opgericht?')).toEqual(['opgericht']);
    expect(verbs('Where is the Halvern Guild located?')).toEqual([]);
    expect(verbs('When did the applicants of the Halvern Guild come?')).toEqual([]);
  });

  it('is none for a length, a term or a state in the present', () => {
    expect(verbs('How long did it take to found the Halvern Guild?')).toEqual([]);
    expect(verbs('Where does Edna Voss work?')).toEqual([]);
  });
});

describe('an event asked', () => {
  it('is not told by the date of another event when the article writes the verb asked without a date', () => {
    expect(said('When did Edna Voss tweet to Jonas Marlow?', 'marlow', MARLOW)).toBe(false);
  });

  it('is told by a unit that writes its verb of the subject', () => {
    expect(said('When was Jonas Marlow arrested?', 'marlow', MARLOW)).toBe(true);
    expect(said('When was the Halvern Guild founded?', 'halvern', HALVERN)).toBe(true);
  });

  it('is told in other words by a unit that says more of the question than its names', () => {
    // "integrated into the community" says it; "joined a federation", of others, is another event.
    expect(said('When did the Halvern Guild join the community of Ostmark?', 'halvern', HALVERN)).toBe(true);
  });

  it('is left to the other checks when the article never writes its verb', () => {
    expect(said('When did the Halvern Guild win its first prize?', 'halvern', HALVERN)).toBe(true);
  });

  it('is not dated by a time beside a word that dates another event by it', () => {
    const body = [
      'The day before the liberation of Dunmere, about 8,000 soldiers left the town in panic.',
      'The liberation of Dunmere was celebrated with a parade.',
      'After the opening of the harbour of Dunmere in 1874, the town grew quickly.',
      'The opening of the harbour of Dunmere drew thousands.',
    ].join('\n\n');
    const own = answerContext([{ ...articles[1]!, body } as Article]);
    const told = (question: string) => rank(analyse(question, own.stats), whole('halvern', body), own.ctx).said;
    expect(told('When was Dunmere liberated?')).toBe(false);
    // A year right after the event word dates it, whatever word comes before.
    expect(told('When was the harbour of Dunmere opened?')).toBe(true);
  });

  it('is dated by a year alone in brackets after the name asked', () => {
    const body = [
      'The best known work of the weavers is the Halvern Tapestry (c. 1640), shown in Dunmere.',
      'The banners of the guild were stitched by twelve weavers.',
    ].join('\n\n');
    const own = answerContext([{ ...articles[1]!, body } as Article]);
    const told = rank(analyse('When was the Halvern Tapestry stitched?', own.stats), whole('halvern', body), own.ctx);
    expect(told.said).toBe(true);
  });
});
