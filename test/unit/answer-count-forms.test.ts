import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const nl = (title: string, body: string) => ({ title, outlet: 'Krant', date: '2025-03-01', language: 'nl', body });

/**
 * The many ways articles state a count: a number word written as one compound ("tweeënveertig"), a vague quantity
 * ("een tiental"). Each answers "how many" of its noun, and no other noun's count.
 */
describe('counts the articles state in their own ways', () => {
  const engine = engineWith('bron-count-forms-', {
    choir: nl('Koor', 'Het Kravelkoor telt tweeënveertig zangers, zei de dirigent maandag.'),
    missing: nl('Vermist', 'Een tiental wandelaars raakte zaterdag vermist in het Gelderwoud.'),
  });

  it('reads a number word written as one compound', async () => {
    for (const q of ['Hoeveel zangers telt het Kravelkoor?', 'How many singers does the Kravelkoor have?']) {
      const a = await engine().ask(q);
      expect(a.grounded, q).toBe(true);
      expect(a.answer, q).toMatch(/tweeënveertig zangers/);
    }
  });

  it('reads "een tiental" as a vague count of its noun', async () => {
    const a = await engine().ask('Hoeveel wandelaars raakten vermist in het Gelderwoud?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/tiental wandelaars/);
  });

  it('still refuses a count of a noun the articles do not count', async () => {
    const questions = ['Hoeveel tenoren telt het Kravelkoor?', 'Hoeveel fietsers raakten vermist in het Gelderwoud?'];
    for (const q of questions) expect((await engine().ask(q)).grounded, q).toBe(false);
  });
});
