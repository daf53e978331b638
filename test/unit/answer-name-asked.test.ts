import { describe, expect, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

/** "What was the name of X's father?": a name the question does not give answers it, not a sentence on the father. */
describe('a name asked of a relation', () => {
  const engine = engineWith('bron-name-asked-', {
    writer: {
      title: 'The writer of Larnholt',
      outlet: 'Valley Post',
      date: '2026-02-11',
      language: 'en',
      body:
        'Mira Tellvane wrote her first stories in Larnholt in 1890. ' +
        'As her father and one of her brothers had before her, she fell ill with a fever in the winter.\n\n' +
        'Her novels were printed by a small press and sold well in the towns of the valley.',
    },
    painter: {
      title: 'The painter of Ostrev',
      outlet: 'Valley Post',
      date: '2026-03-02',
      language: 'en',
      body: 'Jon Ardell painted the harbour of Ostrev for years. His mother, Ellen Vosk, sold his first paintings.',
    },
    teacher: {
      title: 'A teacher of Brakel',
      outlet: 'Valley Post',
      date: '2026-05-14',
      language: 'en',
      body:
        'Ada Lorne was a tireless campaigner for a common language. ' +
        'She taught in the schools of Brakel for many years and in 1928 published her own design, Velamo.',
    },
    leaver: {
      title: 'Leaving the order',
      outlet: 'Valley Post',
      date: '2026-06-09',
      language: 'en',
      body: 'Sela Dorn left the order in 2005. Her mother had spoken out against Vessa Hall on Marran television.',
    },
    critic: {
      title: 'A painter of light',
      outlet: 'Valley Post',
      date: '2026-04-20',
      language: 'en',
      body: 'Critics in Ostrev described Jon Ardell as the painter of the grey light, and his harbours sold well.',
    },
  });

  it('refuses when the units that say the relation give no name', async () => {
    // "Her mother had spoken out against Vessa Hall": a name a few words on from a relative is no name of theirs.
    const dorn = "What was the name of Sela Dorn's mother?";
    for (const q of ["What was the name of Mira Tellvane's father?", 'Hoe heette de vader van Mira Tellvane?', dorn]) {
      const a = await engine().ask(q);
      expect(a.grounded, `${q} ${a.answer}`).toBe(false);
    }
  });

  it('answers with the name said near the relation', async () => {
    await expectFirstQuotes(engine(), [["What was the name of Jon Ardell's mother?", /Ellen Vosk/]]);
  });

  it('answers with a name in the sentence after the one closing on the relation', async () => {
    await expectFirstQuotes(engine(), [["What was the name of Ada Lorne's language?", /Velamo/]]);
  });

  it('does not ask a capitalised name of "what did X call Y", which a term may answer', async () => {
    await expectFirstQuotes(engine(), [
      ['What did the critics in Ostrev call Jon Ardell?', /painter of the grey light/],
    ]);
  });
});
