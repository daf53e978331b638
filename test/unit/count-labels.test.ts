/**
 * Numbers that name rather than count: a statute's member number ("2. Het bevoegde orgaan …") and a number after a
 * label noun ("chapter 3", "artikel 10"). And a part of a tally the sentence counts ("de helft van dit aantal
 * ruimten", the rooms being "wachtruimten, kantines, …") answers how many of the named kind.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('numbers that name an item or a part', () => {
  const engine = engineWith('bron-count-labels-', {
    rules: {
      title: 'Besluit rookvrije ruimten',
      outlet: 'Staatsblad',
      date: '2024-04-01',
      language: 'nl',
      body:
        'Artikel 4\n\n1. Het rookverbod geldt in alle gebouwen van een zorginstelling.\n\n' +
        '2. Indien in een zorginstelling meer dan één ruimte van de categorieën wachtruimten, kantines of ' +
        'soortgelijke ruimten aanwezig is, kan het bestuur ten hoogste de helft van dit aantal ruimten van het ' +
        'rookverbod uitzonderen.\n\n' +
        'Artikel 5\n\nHet bestuur meldt elk jaar aan de inspectie welke ruimten zijn uitgezonderd.',
    },
    parking: {
      title: 'Verordening parkeren',
      outlet: 'Gemeenteblad',
      date: '2024-04-03',
      language: 'nl',
      body:
        'Artikel 7\n\n1. Het college wijst in elke straat parkeerplaatsen aan.\n\n' +
        '2. De gemeente kan ten hoogste de helft van dit aantal parkeerplaatsen voor bewoners reserveren.',
    },
    raad: {
      title: 'Wet op de Veldraad',
      outlet: 'Staatsblad',
      date: '2024-04-05',
      language: 'nl',
      body:
        'Artikel 2\n\nDe Veldraad bestaat uit ten hoogste zeven leden.\n\n' +
        'Artikel 9\n\nDe Wet van 1 mei 1920, houdende instelling van eenen Veldraad (Stb. 49), alsmede de in ' +
        'artikel 1, vierde lid, van die wet bedoelde regelingen, worden ingetrokken.',
    },
    report: {
      title: 'The harbour report',
      outlet: 'Harbour Weekly',
      date: '2024-04-02',
      language: 'en',
      body:
        'The harbour report\n\nThe harbour authority published its yearly report on Monday. The findings on ' +
        'dredging are set out in chapter 3 of the report, and the harbour now has 14 berths.',
    },
  });

  it('answers a part of the tally with the quote, not the member number', async () => {
    const a = await engine().ask('Hoeveel kantines mag het bestuur van het rookverbod uitzonderen?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/ten hoogste de helft van dit aantal ruimten/);
    expect(a.answer).not.toMatch(/^• 2 /m);
  });

  it('reads no count in the number of a member ("2. De gemeente …")', async () => {
    const a = await engine().ask('Hoeveel parkeerplaatsen mag de gemeente voor bewoners reserveren?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/de helft van dit aantal parkeerplaatsen/);
    expect(a.answer).not.toMatch(/^• 2 /m);
  });

  it('reads no count in the issue of the official journal a law is cited by ("Stb. 49")', async () => {
    const a = await engine().ask('Hoeveel leden heeft de Veldraad hoogstens?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/zeven/);
    expect(a.answer).not.toMatch(/49/);
  });

  it('reads no count of chapters in "chapter 3"', async () => {
    const a = await engine().ask('How many chapters does the harbour report have?');
    expect(a.answer).not.toMatch(/• 3\b/);
  });

  it('still counts the berths', async () => {
    const a = await engine().ask('How many berths does the harbour have?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/14 berths/);
  });
});
