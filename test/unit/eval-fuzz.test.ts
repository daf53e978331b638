import { describe, expect, it } from 'vitest';
import { fuzzCorpus, fuzzQuestions } from '../../eval/fuzz-questions.js';
import { alteredAnswers, engineWith } from '../support/engine.js';

describe('fuzzQuestions', () => {
  it("asks of each figure's word, of the words before it, when of a year, and checks a count, in its language", () => {
    expect(fuzzQuestions('De bakkerij bakt elke dag 600 broden. Zij opende in 1921 haar deuren.', 'nl')).toEqual([
      'Hoeveel broden?',
      'Hoeveel bakkerij bakt elke dag?',
      'Klopt het dat bakkerij bakt elke dag 600 broden?',
      'Klopt het dat bakkerij bakt elke dag 601 broden?',
      'Hoeveel haar?',
      'Wanneer broden. Zij opende in?',
      'Hoeveel broden. Zij opende in?',
    ]);
    // A language without question words here asks in English.
    expect(fuzzQuestions('Il y a 40 chambres.', 'fr')).toEqual([
      'How many chambres?',
      'How much Il y a?',
      'Is it true that Il y a 40 chambres?',
      'Is it true that Il y a 41 chambres?',
    ]);
  });
});

const engine = engineWith('bron-fuzz-', {
  harbour: {
    title: 'De haven',
    outlet: 'Stadskrant',
    date: '2024-03-02',
    language: 'nl',
    body: 'De haven van Vlissingen telt 3 sluizen.\n\nDe grootste sluis werd in 1905 gebouwd door 400 arbeiders.',
  },
});

describe('fuzzCorpus', () => {
  it("finds every citation of Bron's answers supported, and hears of one that is not", async () => {
    const clean = await fuzzCorpus(engine(), 50);
    expect(clean.asked).toBeGreaterThan(3);
    expect(clean.cited).toBeGreaterThan(0);
    expect(clean.supported).toBe(clean.cited);
    // Every figure 400 in an answer turned 401 after the fact: no quote says it.
    const altered = alteredAnswers(engine(), (text) => text.replaceAll('400', '401'));
    const heard: string[] = [];
    const t = await fuzzCorpus(altered, 50, (q) => heard.push(q));
    expect(t.supported).toBeLessThan(t.cited);
    expect(heard).toContain('Hoeveel arbeiders?');
  });
});
