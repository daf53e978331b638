import { describe, expect, it } from 'vitest';
import { terms, words } from '../../src/text/analyze.js';

describe('numbers grouped by spaces', () => {
  it('reads "€ 4 500" and "€ 45 000" as one number, as "4500" and "4.500" are', () => {
    expect(words('indien de waarde meer dan € 4 500, doch niet groter dan € 45 000: € 226;')).toEqual([
      'indien',
      'de',
      'waarde',
      'meer',
      'dan',
      '4500',
      'doch',
      'niet',
      'groter',
      'dan',
      '45000',
      '226',
    ]);
    expect(terms('tussen 4500 en 45.000 euro', 'nl')).toEqual(['4500', '45000', 'euro']);
  });

  it('reads non-breaking and thin spaces between the groups too', () => {
    expect(words('€ 2\u00A0268 en 1\u202F000\u202F000 loten')).toEqual(['2268', 'en', '1000000', 'loten']);
  });

  it('keeps numbers apart when a group is not of three digits', () => {
    expect(words('artikel 3 2 lid')).toEqual(['artikel', '3', '2', 'lid']);
    expect(words('in 2004 500 mensen')).toEqual(['in', '2004', '500', 'mensen']);
    expect(words('lid 12 3456')).toEqual(['lid', '12', '3456']);
    expect(words('een bedrag van 4 500,50')).toEqual(['een', 'bedrag', 'van', '4', '500', '50']);
  });
});
