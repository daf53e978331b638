import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const en = (title: string, body: string) => ({ title, outlet: 'Gazette', date: '2025-03-01', language: 'en', body });

/**
 * "When did Varga's father die?" asks the father's death: a sentence about Varga's own death, or one naming the
 * father without a death, does not answer it.
 */
describe('a birth or death asked of a relative of the one named', () => {
  const engine = engineWith('bron-life-relative-', {
    varga: en(
      'Pell Varga',
      'Pell Varga was a mathematician from Lund. His father, a baker, ran a shop near the harbour.\n\n' +
        'Varga was born in 1820 and died in 1871. His mother died in 1850 of a fever.',
    ),
  });

  it('answers the relative the sentences speak of', async () => {
    const a = await engine().ask("When did Varga's mother die?");
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/1850/);
    const own = await engine().ask('When did Varga die?');
    expect(own.grounded, own.answer).toBe(true);
  });

  it("refuses when no sentence says the relative's death", async () => {
    for (const q of ["When did Varga's father die?", 'Wanneer stierf de vader van Varga?'])
      expect((await engine().ask(q)).grounded, q).toBe(false);
  });
});
