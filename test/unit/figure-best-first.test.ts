/** The figure whose sentence says most of the question is listed, and quoted, first. */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a count answered by several figures', () => {
  const engine = engineWith('bron-figure-best-first-', {
    trains: {
      title: 'Minister wants punctual trains',
      outlet: 'Daily',
      date: '2024-05-01',
      language: 'en',
      body:
        'The minister is unhappy with the railway. In the contract it is agreed that 88 percent of the trains must ' +
        'run on time. In the first quarter 83.3 percent of the trains ran on time. The minister wants a plan.',
    },
  });

  it('quotes first the figure said of what is asked, not an earlier one of something else', async () => {
    const a = await engine().ask('How many percent of the trains ran on time in the first quarter?');
    expect(a.figures?.map((f) => f.value)).toEqual(expect.arrayContaining([83.3, 88]));
    expect(a.citations[0]?.quote).toContain('83.3 percent');
  });
});
