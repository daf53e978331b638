/** Papers give a weight as a share of the body's ("a load of 20% body mass"): it answers "how heavy" (kinds.ts). */
import { describe, expect, it } from 'vitest';
import { givesMeasure } from '../../src/answer/kinds.js';

describe('a weight given as a share of body mass', () => {
  it('is a weight', () => {
    expect(givesMeasure('The packs weighed 20% body mass.', 'en', 'weight')).toBe(true);
    expect(givesMeasure('De rugzak woog 15% van het lichaamsgewicht.', 'nl', 'weight')).toBe(true);
  });
  it('is not a share of something else', () => {
    expect(givesMeasure('The packs were 20% cheaper.', 'en', 'weight')).toBe(false);
    expect(givesMeasure('Mass rose by 20% in body size.', 'en', 'weight')).toBe(false);
  });
});
