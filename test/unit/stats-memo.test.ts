import { describe, expect, it } from 'vitest';
import { articleStats, capitalRuns } from '../../src/answer/stats.js';
import { sentenceStems } from '../../src/answer/text-view.js';
import { stem, words } from '../../src/text/analyze.js';

/** The statistics remember what they read of a token or run across articles: none of one article's own state. */
describe('statistics read once per distinct token', () => {
  const body = 'Astrid opende de haven. Burgemeester Jansen sprak. Daarna sprak burgemeester Jansen.';
  const of = (title: string) => articleStats({ id: title, language: 'nl', body, title });

  it('counts a sentence-opening word by its own article title, whatever an earlier article titled', () => {
    expect(of('Astrid van Velora').caps.astrid).toEqual([1, 0]);
    expect(of('De haven van Velora').caps.astrid).toBeUndefined();
    expect(of('Astrid van Velora').caps.astrid).toEqual([1, 0]);
  });

  it('gives every article the same counts and titles for the same sentences', () => {
    const first = of('Een dag');
    const again = of('Een dag');
    expect(again).toEqual(first);
    expect(first.caps.jansen).toEqual([2, 0]);
    expect(first.titles.filter(([t]) => t === 'burgemeester')).toHaveLength(1);
  });
});

describe("a sentence's stems, remembered per word and language", () => {
  it('reads a word by the language of the text each time: "met" is a Dutch stop word, no English one', () => {
    for (let i = 0; i < 2; i++) {
      expect(sentenceStems('Anna met Bram.', 'nl').has(stem('met', 'nl'))).toBe(false);
      expect(sentenceStems('Anna met Bram.', 'en').has(stem('met', 'en'))).toBe(true);
    }
  });

  it('gives the same stems from the words the caller read', () => {
    const text = 'De woningontruiming in Velora trok 300 bezoekers.';
    expect(sentenceStems(text, 'nl', words(text))).toEqual(sentenceStems(text, 'nl'));
  });
});

describe('a run of capitals, read once per language', () => {
  it("joins by the language's stop words each time, and hands out a list of its own", () => {
    for (let i = 0; i < 2; i++) {
      const nl = capitalRuns('Anna met Port Velora.', 'nl');
      expect(nl).toEqual(['port velora', 'anna met port velora']);
      nl.pop();
      expect(capitalRuns('Anna met Port Velora.', 'en')).toEqual(['port velora']);
    }
  });
});
