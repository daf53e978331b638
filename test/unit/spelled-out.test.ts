/**
 * "What does KMR stand for?": papers spell a short form out once ("the Kestrel marine radar (KMR)") and use it bare
 * after; the unit that spells it out answers first, though others name it as often (compose.ts, spelledOutFirst).
 */
import { describe, expect, it } from 'vitest';
import { spelledOutFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const USED = 'The KMR data were compared with buoy records, and KMR proved the better source.';
const SPELLED = 'Waves were measured with the Kestrel marine radar (KMR) from 2015 onwards.';
const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'en', body: `${SPELLED}\n\n${USED}` },
  { id: 'b', language: 'nl', body: 'De haven van Kestrel ging in het voorjaar open. Schepen brengen elke week graan.' },
]);
const unit = (text: string, score: number, language = 'en') =>
  ({ unit: { text }, article: { language }, score }) as Candidate;
const first = (question: string) =>
  spelledOutFirst(analyse(question, stats), [unit(USED, 0.4), unit(SPELLED, 0.1)])[0]?.unit.text;

describe('a unit that spells out the short form asked', () => {
  it('answers first what a short form stands for or means', () => {
    expect(first('What does KMR stand for?')).toBe(SPELLED);
    expect(first('What does the acronym "KMR" mean?')).toBe(SPELLED);
    expect(first('Waar staat KMR voor?')).toBe(SPELLED);
    expect(first('Wat betekent KMR?')).toBe(SPELLED);
  });
  it('does not for other questions, nor for a short form the unit does not spell out', () => {
    expect(first('What did KMR measure?')).toBe(USED);
    expect(first('What does SMR stand for?')).toBe(USED);
  });
});
