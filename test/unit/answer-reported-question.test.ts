/**
 * A sentence that reports a question ("wil weten of …", "announced which …") repeats the question's words without
 * answering them: the sentence after it in its paragraph answers, and is quoted first.
 */
import { describe, expect, it } from 'vitest';
import { fold, pack } from '../../src/lang/index.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

const LONG_NL =
  'Volgens de wethouder is het in de gemeente al jaren gebruikelijk dat de bewoners van de omliggende wijken ' +
  'uitgebreid worden gehoord voordat er een definitief besluit valt over zo een groot en duur project aan de rivier.';
const LONG_EN =
  'The council has for many years held long public hearings with the residents of the neighbouring districts ' +
  'before it takes any final decision on a project as large and as expensive as a new crossing of the river.';

describe('a sentence that reports a question', () => {
  const engine = engineWith('bron-reported-', {
    brug: {
      title: 'Ontwerp voor de brug',
      outlet: 'Dagblad',
      date: '2024-05-01',
      language: 'nl',
      body:
        'De gemeente heeft dinsdag bekendgemaakt welke architect de nieuwe voetgangersbrug over de Maas ontwerpt. ' +
        `${LONG_NL} Het werd de Rotterdamse architect Anna Kuipers.\n\n` +
        'De raad wil weten of de voetgangersbrug voor de zomer van 2026 open gaat. ' +
        `${LONG_NL} Dat lukt niet: de opening is in het najaar.`,
    },
    bridge: {
      title: 'Tunnel design chosen',
      outlet: 'Harbour Times',
      date: '2024-05-02',
      language: 'en',
      body:
        'On Monday the city announced which engineering firm will build the new tunnel under the harbour. ' +
        `${LONG_EN} The firm is Marlow & Sons.`,
    },
  });

  it('is answered by what follows it in its paragraph', async () => {
    await expectFirstQuotes(engine(), [
      ['Welke architect ontwerpt de nieuwe voetgangersbrug over de Maas?', /Anna Kuipers/],
      ['Gaat de voetgangersbrug voor de zomer van 2026 open?', /najaar/],
      ['Which engineering firm will build the new tunnel under the harbour?', /Marlow/],
    ]);
  });

  it('is told from a clause that answers or says "or"', () => {
    const reports = (lang: string, text: string) => pack(lang).reportedQuestion.test(fold(text));
    expect(reports('nl', 'Jansen vroeg zich af wie de dader is.')).toBe(true);
    expect(reports('nl', 'Het is onduidelijk hoeveel mensen er waren.')).toBe(true);
    expect(reports('nl', 'Heeft u vragen of opmerkingen?')).toBe(false);
    expect(reports('nl', 'Vroeg of laat komt het uit.')).toBe(false);
    expect(reports('en', 'They asked the minister if it was true.')).toBe(true);
    expect(reports('en', 'The company announced a new director who starts in May.')).toBe(false);
    expect(reports('en', 'Visitors are asked to stay home if they are ill.')).toBe(false);
  });
});
