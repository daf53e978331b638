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
  it('looks past the best units, and takes a short form in brackets whose letters the words do not spell', () => {
    const pool = [0.9, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.12].map((s) => unit(USED, s));
    const last = spelledOutFirst(analyse('What does KMR stand for?', stats), [...pool, unit(SPELLED, 0.01)]);
    expect(last[0]?.unit.text).toBe(SPELLED);
    const second = 'Learners of a second language (L2) forget its grammar slowly.';
    const l2 = spelledOutFirst(analyse('What does L2 mean?', stats), [unit(USED, 0.4), unit(second, 0.1)]);
    expect(l2[0]?.unit.text).toBe(second);
  });
  it('takes words in brackets right after the short form as its gloss, but no reference in brackets', () => {
    const glossed = 'They identified one protein, KMR (kinase of marine radiation), by mass spectrometry.';
    const pool = (text: string) => [unit(USED, 0.4), unit(text, 0.1)];
    expect(spelledOutFirst(analyse('What does KMR stand for?', stats), pool(glossed))[0]?.unit.text).toBe(glossed);
    const cited = 'The KMR (2015) data were compared with buoy records.';
    expect(spelledOutFirst(analyse('What does KMR stand for?', stats), pool(cited))[0]?.unit.text).toBe(USED);
  });
  it('asks only the short form: "betekent", "mean", "stand" are the question\'s form', () => {
    expect(analyse('Wat betekent KMR?', stats).groups.map((g) => g.id)).toEqual(['kmr']);
    expect(analyse('What does KMR stand for?', stats).groups.map((g) => g.id)).toEqual(['kmr']);
  });
  it('does not for other questions, nor for a short form the unit does not spell out', () => {
    expect(first('What did KMR measure?')).toBe(USED);
    expect(first('What does SMR stand for?')).toBe(USED);
  });
});
