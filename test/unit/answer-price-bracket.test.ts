import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const nl = (title: string, body: string) => ({ title, outlet: 'Staatsblad', date: '2013-01-08', language: 'nl', body });

/**
 * A fee schedule gives brackets of sums written with grouping spaces ("€ 4 500"); a rule elsewhere in the decree
 * names the lower sum too. Asked between which sums, the bracket that writes both is quoted first.
 */
describe('a price asked for a bracket of sums', () => {
  const engine = engineWith('bron-price-bracket-', {
    besluit: nl(
      'Tombolabesluit',
      'Artikel 2\n\nDe trekking van een tombola waarvoor vergunning is verleend, geschiedt, voorzover de ' +
        'gezamenlijke waarde van de prijzen meer dan € 4 500 bedraagt, ten overstaan van een notaris.\n\n' +
        'Artikel 3\n\nDe vergoeding die is verschuldigd voor de behandeling van de aanvraag van een vergunning als ' +
        'bedoeld in artikel 1 van de Wet bedraagt:\n\n' +
        'a. indien de prijzen samen een grotere waarde hebben dan € 4 500, doch niet groter dan € 45 000: € 226;\n\n' +
        'b. indien de prijzen samen een grotere waarde hebben dan € 45 000, doch niet groter dan € 450 000: € 907;\n\n' +
        'c. indien de prijzen samen een grotere waarde hebben dan € 450 000: € 1 588.\n',
    ),
  });

  it('quotes the bracket that writes both sums first', async () => {
    const q =
      'Wat kost de aanvraag van een tombolavergunning als de prijzen samen tussen 4500 en 45000 euro waard zijn?';
    const a = await engine().ask(q);
    expect(a.grounded).toBe(true);
    const first = a.answer.split('\n').find((l) => l.startsWith('•')) ?? '';
    expect(first).toMatch(/€ 226/);
  });
});
