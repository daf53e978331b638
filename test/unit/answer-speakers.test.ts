/**
 * Units where the asked speaker speaks answer first, but the others stay behind them: the speaker's name may be read
 * beside a verb of saying where it is part of another name ("West Valdorian" in "East Valdorian officers, a spokesman
 * said"), and a unit that says the fact with the source in other words ("intelligence from West Valdoria revealed")
 * must still be quotable.
 */
import { describe, expect, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('units no asked speaker speaks in', () => {
  const engine = engineWith('bron-speakers-behind-', {
    base: {
      title: 'Officers at the border base',
      outlet: 'Border Post',
      date: '2024-03-01',
      language: 'en',
      body:
        'A spokesman said East Valdorian officers visited the border base on Monday.\n\n' +
        'The base lies forty kilometres from the coast.',
    },
    engineers: {
      title: 'Engineers sent abroad',
      outlet: 'Coast News',
      date: '2024-03-02',
      language: 'en',
      body:
        'The war has lasted three years.\n\n' +
        'Intelligence from West Valdoria revealed that East Valdoria sent a unit of engineers to train the soldiers.',
    },
  });

  it('are quoted after those it does speak in', async () => {
    const a = await engine().ask('What did East Valdoria send according to West Valdorian intelligence?');
    expect(a.grounded).toBe(true);
    expect(a.citations.map((c) => c.quote).join('\n')).toMatch(/a unit of engineers/);
  });
});

describe('units of the asked speaker that answer far worse than another', () => {
  const engine = engineWith('bron-speakers-weak-', {
    weather: {
      title: 'A quiet Monday',
      outlet: 'Border Post',
      date: '2024-04-01',
      language: 'en',
      body: 'Okafor said the weather was fine on Monday.\n\nThe market opened at nine.',
    },
    flood: {
      title: 'Flood threatens harbour plan',
      outlet: 'Coast News',
      date: '2024-04-02',
      language: 'en',
      body:
        'The river rose by two metres overnight.\n\n' +
        'The flood has threatened the harbour plan and the canal plan, the alderman warned.',
    },
  });

  it('do not come first when the question asks no words of theirs', async () => {
    await expectFirstQuotes(engine(), [['Which plan does Okafor say is threatened by the flood?', /harbour plan/]]);
  });
});
