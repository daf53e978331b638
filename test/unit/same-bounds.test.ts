/** A bound asked in one word is said in another: "minimaal" by "ten minste", "at minimum" by "at least". */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';

const dutch = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'De ren moet ten minste 7 vierkante meter groot zijn. De hond loopt er vrij.' },
]);
const english = CorpusStats.fromArticles([
  { id: 'b', language: 'en', body: 'The rope must be at least four metres long. The boat is blue.' },
]);

/** The groups of a question a unit of these words matches. */
const matchedBy = (question: string, stats: CorpusStats, lang: string, text: string) =>
  match(analyse(question, stats), new Set(text.split(' ').map((w) => stem(w, lang))), lang, lang === 'nl').matched;

describe('a bound asked in other words', () => {
  it('"minimaal" is said by "ten minste", "maximaal" by "ten hoogste" (Dutch)', () => {
    expect(matchedBy('Hoe groot moet de ren minimaal zijn?', dutch, 'nl', 'ten minste 7 meter').has('minimaal')).toBe(
      true,
    );
    expect(matchedBy('Hoe groot mag de ren maximaal zijn?', dutch, 'nl', 'ten hoogste 9 meter').has('maximaal')).toBe(
      true,
    );
  });

  it('"at minimum" is said by "at least" (English)', () => {
    expect(
      matchedBy('How long must the rope be at minimum?', english, 'en', 'at least four metres').has('minimum'),
    ).toBe(true);
  });

  it('a bound is not said by the opposite one', () => {
    expect(matchedBy('Hoe groot mag de ren maximaal zijn?', dutch, 'nl', 'ten minste 7 meter').has('maximaal')).toBe(
      false,
    );
  });
});
