import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const en = (title: string, body: string) => ({ title, outlet: 'Gazette', date: '2025-03-01', language: 'en', body });
const nl = (title: string, body: string) => ({ title, outlet: 'Krant', date: '2025-03-01', language: 'nl', body });

/**
 * The many ways articles state a count: a number word written as one compound ("tweeënveertig"), a vague quantity
 * ("een tiental"), a tally of what a possessive points back to ("their numbers had grown to over 5,000"), a
 * number joined to the size of what follows ("a 400-strong crowd"). Each answers "how many" of its noun, and no other noun's count.
 */
describe('counts the articles state in their own ways', () => {
  const engine = engineWith('bron-count-forms-', {
    choir: nl('Koor', 'Het Kravelkoor telt tweeënveertig zangers, zei de dirigent maandag.'),
    missing: nl('Vermist', 'Een tiental wandelaars raakte zaterdag vermist in het Gelderwoud.'),
    war: en(
      'War',
      'At the beginning of the war, the Union had used escaped workers for manual labor. The decree, however, led ' +
        'to the enrollment of Lanfolk men as Union soldiers. Huge numbers of Lanfolk people from the North ' +
        'enlisted, and by the end of the war in 1865, their numbers had swelled to over 190,000. Racism ran deep.',
    ),
    oorlog: nl(
      'Oorlog',
      'Het decreet leidde tot de inschrijving van Vanderse mannen als soldaten. Grote aantallen Vanderse arbeiders ' +
        'meldden zich, en aan het eind van de oorlog in 1866 was hun aantal gegroeid tot ruim 90.000. Het racisme bleef.',
    ),
    protest: en('Protest', 'A 400-strong crowd of farmers protested in Delby against the new water tax.'),
    menigte: nl('Menigte', 'Een 400-koppige menigte boeren protesteerde in Vrensdorp tegen de watertaks.'),
    loon: nl('Loonregeling', 'Het minimumloon voor werknemers van 18 jaar bedraagt 45% van het volwassen loon.'),
    tarief: nl('Tarief', 'Het percentage voor leerlingen van 16 jaar bedraagt 34,5 van het basisloon.'),
    fee: en('Fee', 'The commission charged by the agent is at most 10% of the face value of the tickets.'),
    fietsen: nl('Fietsen', 'In Harlinghuizen hebben 3.000 inwoners een fiets, meldde de gemeente.'),
    report: en(
      'Report',
      'The 131-page report was found on Orwell Road by a passerby. Some pages were wet, the Courier said.',
    ),
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

  it('counts what a possessive before a tally word points back to', async () => {
    const cases = [
      ['How many Lanfolk soldiers served at the end of the war in 1865?', /190,000/],
      ['Hoeveel Vanderse soldaten dienden er aan het eind van de oorlog in 1866?', /90\.000/],
    ] as const;
    for (const [q, figure] of cases) {
      const a = await engine().ask(q);
      expect(a.grounded, q).toBe(true);
      expect(a.answer, q).toMatch(figure);
    }
  });

  it('reads a number joined to the size of a crowd as a count of what follows', async () => {
    const a = await engine().ask('How many farmers protested in Delby?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/400-strong crowd of farmers/);
    const b = await engine().ask('Hoeveel boeren protesteerden in Vrensdorp?');
    expect(b.grounded, b.answer).toBe(true);
    expect(b.answer).toMatch(/400-koppige menigte boeren/);
  });

  it('reads a number joined to the counted noun itself as its count', async () => {
    const a = await engine().ask('How many pages did the report have?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/131/);
    // Joined to another noun, the number counts nothing asked.
    expect((await engine().ask('How many chapters did the report have?')).grounded).toBe(false);
  });

  it('reads a percent sign, or a number the sentence calls a percentage, as the percent asked', async () => {
    const cases = [
      ['Hoeveel procent van het volwassen loon krijgt een werknemer van 18 jaar?', /45%/],
      ['Hoeveel procent van het basisloon krijgen leerlingen van 16 jaar?', /34,5/],
      ['How many percent of the face value may the agent charge as commission?', /10%/],
    ] as const;
    for (const [q, figure] of cases) {
      const a = await engine().ask(q);
      expect(a.grounded, q).toBe(true);
      expect(a.citations[0]?.quote, q).toMatch(figure);
    }
    // A count of residents is no percentage of them.
    expect((await engine().ask('Hoeveel procent van de inwoners van Harlinghuizen heeft een fiets?')).grounded).toBe(
      false,
    );
  });

  it('still refuses a count of a noun the articles do not count', async () => {
    const questions = [
      'Hoeveel tenoren telt het Kravelkoor?',
      'How many tourists protested in Delby?',
      'Hoeveel fietsers raakten vermist in het Gelderwoud?',
      'How many Lanfolk sailors served at the end of the war in 1865?',
    ];
    for (const q of questions) expect((await engine().ask(q)).grounded, q).toBe(false);
  });
});
