import { describe, expect, it } from 'vitest';
import { measuredFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import type { Question } from '../../src/answer/question.js';

const unit = (text: string, coverage: number) =>
  ({ unit: { text }, article: { language: 'nl' }, m: { coverage } }) as unknown as Candidate;

/**
 * "Hoe groot moet een speelveld minimaal zijn?": of the units nearly as close to the question, the one that gives the
 * measure in its units and names it ("oppervlakte: ten minste 400 vierkante meter") answers first, before one that
 * only speaks of the measure ("de genoemde minimum-oppervlakte") and one that gives another measure of the thing
 * ("een net met mazen van ten hoogste 4 cm").
 */
describe('measuredFirst', () => {
  const speaks = unit(
    'De ruimte van de tribune mag niet in mindering komen van de genoemde minimum-oppervlakte.',
    0.76,
  );
  const other = unit('b. het doel moet bestaan uit een net met mazen van ten hoogste 4 cm;', 0.8);
  const size = unit('a. de afmetingen moeten bedragen: oppervlakte: ten minste 400 vierkante meter;', 0.8);
  const far = unit('Het veld is ten minste 900 vierkante meter groot.', 0.3);

  it('puts the unit that gives and names the size asked first', () => {
    const q = { measure: 'size' } as unknown as Question;
    expect(measuredFirst(q, [speaks, other, size, far])).toEqual([size, other, speaks, far]);
  });

  it('leaves a question that asks no measure alone', () => {
    const q = {} as unknown as Question;
    expect(measuredFirst(q, [speaks, other, size])).toEqual([speaks, other, size]);
  });
});
