/**
 * "Who interviewed Varga?" over an article headlined "Interview with the composer Lena Varga": the headline says the
 * question back; the body's sentence that names the interviewer answers, and is quoted first.
 */
import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('a headline that says the question back', () => {
  const engine = engineWith('bron-headline-', {
    varga: {
      title: 'Interview with the Hungarian composer Lena Varga',
      outlet: 'Wikinews',
      date: '2024-03-20',
      language: 'en',
      body:
        'Interview with the Hungarian composer Lena Varga\n\n' +
        'Lena Varga has written four operas and a requiem.\n\n' +
        'On March 13, Varga sat down with Peter Holm for an interview in her studio in Szeged.\n\n' +
        'Her next opera opens in the autumn.',
    },
    fair: {
      title: 'Comics celebrated at Fan Days Norland 2016 in Halmstad',
      outlet: 'Wikinews',
      date: '2016-09-06',
      language: 'en',
      body:
        'Comics celebrated at Fan Days Norland 2016 in Halmstad\n\n' +
        'The eighth Fan Days Norland took place at the Halmstad Exhibition Hall this weekend, drawing thousands.\n\n' +
        'Many visitors came in costume.',
    },
    brug: {
      title: 'Nieuwe brug over de Maas in Venlo geopend',
      outlet: 'Dagblad',
      date: '2024-05-01',
      language: 'nl',
      body:
        'Nieuwe brug over de Maas in Venlo geopend\n\n' +
        'De bouw duurde drie jaar en kostte veertig miljoen euro.\n\n' +
        'Burgemeester Anna de Wit heeft de nieuwe brug over de Maas zaterdag geopend.\n\n' +
        'Duizenden mensen kwamen kijken.',
    },
  });

  it('quotes the body sentence that gives what is asked before it', async () => {
    await expectFirstQuotes(engine(), [['Who did the Varga interview?', /Peter Holm/]]);
  });

  it('when the body leaves the year the headline gives to its paragraph and date', async () => {
    await expectFirstQuotes(engine(), [['Where was Fan Days Norland 2016 held?', /Exhibition Hall/]]);
  });

  it('does so in Dutch', async () => {
    await expectFirstQuotes(engine(), [['Wie heeft de nieuwe brug over de Maas geopend?', /Anna de Wit/]]);
  });
});
