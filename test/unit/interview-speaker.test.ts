/** An interview's answer turn, in the first person or answering "you", is spoken by the one the article interviews. */
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const ANSWER = 'When I was ten my mother already showed me how to knead dough.';
const PLAIN = 'The ovens were heated with wood until the war.';
const titled = [
  'Last week Wikinews met the baker Ann Vos in Leeds.',
  'Why did you choose baking?',
  `${ANSWER} It was magic.`,
  'Was the bakery always heated by gas?',
  PLAIN,
].join('\n\n');
const lead = [
  'October is bread month.',
  'Wikinews spoke with Piet Smit, head of the guild of millers.',
  'How long have you milled flour?',
  'Over forty years. There are more mills working today than ever before.',
].join('\n\n');
const guild = [
  'Wikinews spoke with Kees Bakker, head of the Weavers Guild.',
  'How long have you woven cloth?',
  'Since my youth. Looms are quieter today than ever before.',
].join('\n\n');
const articles: Article[] = [
  { id: 'a', language: 'en', body: titled, title: 'Wikinews interviews Ann Vos', outlet: 'Wikinews', date: '2025' },
  { id: 'b', language: 'en', body: lead, title: 'Wikinews interviews a miller', outlet: 'Wikinews', date: '2025' },
  {
    id: 'c',
    language: 'en',
    body: guild,
    title: 'Wikinews interviews the head of the Weavers Guild',
    outlet: 'Wikinews',
    date: '2025',
  },
] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const unit = (question: string, text: string) =>
  gather(analyse(question, stats), passages, ctx).find((c) => c.unit.text === text);

describe('the speaker of an interview answer', () => {
  it('is the one the title names, for an answer in the first person', () => {
    const c = unit('How old was Vos when her mother showed her dough?', ANSWER);
    expect(c?.m.matched.has('vos')).toBe(true);
  });

  it('is the one the lead names when the title names no one, for an answer to "you"', () => {
    const c = unit('Does Smit think more mills work today?', 'There are more mills working today than ever before.');
    expect(c?.m.matched.has('smit')).toBe(true);
  });

  it('is also the one the lead names when the title names something else', () => {
    const c = unit('Does Bakker think looms are quieter today?', 'Looms are quieter today than ever before.');
    expect(c?.m.matched.has('bakker')).toBe(true);
  });

  it("is heard saying the answer turn, a speech question's kind, without a verb of saying", () => {
    const c = unit('What does Vos think of the gas ovens?', PLAIN);
    expect(c?.kind).toBe(false);
    const d = unit('What does Smit think of mills today?', 'There are more mills working today than ever before.');
    expect(d?.kind).toBe(true);
  });

  it('is no one for an answer that neither says "I" nor answers "you"', () => {
    const c = unit('Did Vos heat the ovens with wood?', PLAIN);
    expect(c?.m.matched.has('vos')).toBe(false);
  });
});
