/** A capital letter standing alone is a label ("point B", "vitamin C"): a word of the question and of the text. */
import { describe, expect, it } from 'vitest';
import { sentenceStems } from '../../src/answer/text-view.js';
import { letterLabels } from '../../src/text/analyze.js';
import { expandQuery } from '../../src/text/expand.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('letter labels', () => {
  it('reads a lone capital as a label, not an initial, a stop word or part of a word', () => {
    expect(letterLabels('From B to C he stopped; J. Smith said A is fine, O’Neil and I agree.', 'en')).toEqual([
      'b',
      'c',
    ]);
    expect(sentenceStems('From B to C he stopped.', 'en').has('b')).toBe(true);
    expect(sentenceStems('from b to c he stopped.', 'en').has('b')).toBe(false);
  });

  it('keeps a label among the question words only when asked to', () => {
    const groups = (labels: boolean) => expandQuery('What happened between B and C?', 'en', ['en'], { labels });
    expect(groups(true).map((t) => t.group)).toEqual(expect.arrayContaining(['b', 'c']));
    expect(groups(false).map((t) => t.group)).not.toContain('b');
  });

  const meta = { outlet: 'The Rambler', date: '2025-05-01', language: 'en' };
  const engine = engineWith('bron-labels-', {
    route: {
      ...meta,
      title: 'The route of the walk',
      body:
        'The walk follows a path with four points on the map. From A to B the walkers climb a steep hill. ' +
        'From B to C they rest at a farm and eat lunch. From C to D they descend to the river.',
    },
    gear: {
      ...meta,
      title: 'What to bring on a walk',
      body: 'Walkers should bring water, a map and good boots. The weather in the hills can change quickly.',
    },
  });

  it('quotes the sentence about the labels the question names', async () => {
    await expectFirstQuotes(engine(), [['On the walk, what do the walkers do between B and C?', /From B to C/]]);
  });
});
