import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

// An event named as what something is about ("de vergadering over het huwelijk") is not the event whose place is
// asked: no unit need say the wedding (pack `aboutWords`).
describe('a place asked of a meeting about a wedding', () => {
  const engine = engineWith('bron-event-topic-', {
    toestemming: {
      title: 'Kamer stemt over toestemmingswet',
      outlet: 'Dagblad',
      date: '2024-01-01',
      language: 'nl',
      body:
        'Het huwelijk van Aldo Brink en Mara Velt is volgend jaar.\n\n' +
        'Over het huwelijk zijn de fracties het oneens.\n\n' +
        'De Kamers stemmen in een gezamenlijke vergadering in de Ridderzaal over de toestemming.',
    },
    debate: {
      title: 'Parliament debates the consent bill',
      outlet: 'Daily',
      date: '2024-01-01',
      language: 'en',
      body:
        'The wedding of Aldo Brink and Mara Velt is planned for next year.\n\n' +
        'The parties disagree about the wedding.\n\n' +
        'Both houses will vote on the consent in a joint debate in the Knights Hall.',
    },
  });

  it('answers where the meeting is, though no unit places the wedding', async () => {
    await expectFirstQuotes(engine(), [
      ['Waar wordt de vergadering over het huwelijk gehouden?', /Ridderzaal/],
      ['Where is the debate about the wedding held?', /Knights Hall/],
    ]);
  });
});
