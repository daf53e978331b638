/**
 * "Hoeveel kost het voorzitterschap?" asks a price: an amount of money, a number with its currency beside it. A
 * sentence that names a currency and gives a date ("vanaf 1 januari … de euro") prices nothing.
 */
import { describe, expect, it } from 'vitest';
import { givesShape } from '../../src/answer/kinds.js';

describe('a price given', () => {
  it('is a number with its currency beside it, before or after', () => {
    for (const text of [
      'De toegang kost € 45 per persoon.',
      'Het project kost 2 miljoen euro.',
      'A ticket costs $4.2 at the gate.',
      'The card costs 25 CUC.',
      'The fee is 45 US dollars a year.',
      'Als dat aantal niet werd gehaald, volgde een boete van 2000 dollar.',
    ])
      expect(givesShape(text, text.includes('kost ') ? 'nl' : 'en', 'price'), text).toBe(true);
  });

  it('is not a currency named beside a date, a year or a far-off number', () => {
    for (const text of [
      'Die krijgen vanaf 1 januari niet alleen te maken met de euro.',
      'In 2002 the euro replaced the guilder.',
      'Over 30 landen betalen nu met de euro.',
    ])
      expect(givesShape(text, text.startsWith('In ') ? 'en' : 'nl', 'price'), text).toBe(false);
  });
});
