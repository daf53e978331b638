import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const en = (title: string, body: string) => ({ title, outlet: 'Gazette', date: '2025-03-01', language: 'en', body });
const nl = (title: string, body: string) => ({ title, outlet: 'Krant', date: '2025-03-01', language: 'nl', body });

/**
 * A news article names a thing once ("the HARLOW registry") and then by its noun alone ("The registry was set up in
 * 2004"): the later sentence answers a question that names it.
 */
describe('a definite noun that points back to the name an earlier paragraph gave it', () => {
  const engine = engineWith('bron-antecedent-', {
    leak: en(
      'Leaked files',
      'A folder found on a bench listed flaws in the HARLOW registry that inspectors use to track polluters.\n\n' +
        'Officials said the folder had been lost by a contractor.\n\n' +
        'The registry was set up in 2004 to replace paper files kept by each region.',
    ),
    lek: nl(
      'Gelekte stukken',
      'Een map op een bankje van de Kessel-dienst beschreef zwakke plekken in het VARDA-register.\n\n' +
        'Het register werd in 2006 ingevoerd om papieren dossiers te vervangen.',
    ),
  });

  it('answers from the sentence that calls it by its noun', async () => {
    for (const [q, year] of [
      ['When was the HARLOW registry set up?', /2004/],
      ['Wanneer werd het VARDA-register ingevoerd?', /2006/],
    ] as const) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q}: ${a.answer}`).toBe(true);
      expect(a.citations[0]?.quote, q).toMatch(year);
    }
  });

  it('lends no name the earlier sentence does not write before the noun', async () => {
    const a = await engine().ask('Wanneer werd het Kessel-register ingevoerd?');
    expect(a.grounded, a.answer).toBe(false);
  });
});
