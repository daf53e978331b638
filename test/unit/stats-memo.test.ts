import { describe, expect, it } from 'vitest';
import { articleStats } from '../../src/answer/stats.js';

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
