import { describe, expect, it } from 'vitest';
import { signStems } from '../../src/answer/signs.js';
import { pack } from '../../src/lang/index.js';
import { engineWith } from '../support/engine.js';

const nl = (title: string, body: string) => ({ title, outlet: 'Staatsblad', date: '2013-01-08', language: 'nl', body });

describe('the word a sign next to a figure stands for', () => {
  it('reads "%" as the percent word and "€" as the euro, only next to a digit', () => {
    expect(signStems('De afdracht bedraagt ten minste 50% van de waarde.', pack('nl'))).toEqual(['procent']);
    expect(signStems('dan € 4 500 000: € 2 268.', pack('nl'))).toEqual(['euro']);
    expect(signStems('rose by 12 % in a year', pack('en'))).toEqual(['percent']);
    expect(signStems('Het teken % en het teken € staan hier los.', pack('nl'))).toEqual([]);
  });

  const engine = engineWith('bron-sign-words-', {
    besluit: nl(
      'Tombolabesluit',
      'Artikel 5\n\nDe afdracht aan de begunstigden bedraagt ten minste 50% van de nominale waarde van de verkochte ' +
        'deelnemingsbewijzen.\n\nArtikel 6\n\nDe vergunninghouder zendt binnen drie maanden na de trekking een ' +
        'verslag aan de burgemeester.\n',
    ),
    loon: nl(
      'Loonbesluit',
      'Artikel 1\n\nHet minimumloon van een werknemer van 18 jaar is een deel van het minimumloon van een volwassene.' +
        '\n\nArtikel 2\n\nDe werkgever betaalt het loon binnen een maand uit.\n',
    ),
  });

  it('answers "hoeveel procent" from a share written with its sign', async () => {
    const a = await engine().ask('Hoeveel procent van de waarde krijgen de begunstigden van de loten?');
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(/50%/);
  });
});
