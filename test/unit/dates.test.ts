import { describe, expect, it } from 'vitest';
import { daysNamed } from '../../src/text/dates.js';

describe('daysNamed', () => {
  it('reads a day of the month before or after the month, in English and Dutch', () => {
    expect([...daysNamed('as at 25 January 2020')]).toEqual(['1-25']);
    expect([...daysNamed('As of January 30, 2020, there were 9,776')]).toEqual(['1-30']);
    expect([...daysNamed('Op 5 november en 12 december')]).toEqual(['11-5', '12-12']);
  });

  it('names no day for a month alone, a year, or a number too large to be a day', () => {
    expect(daysNamed('In March 2021, 300 people came').size).toBe(0);
    expect(daysNamed('300 maart').size).toBe(0);
  });
});
