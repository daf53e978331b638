import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

/** "… and the navy saved 200 more": a number that is more of an earlier number's noun counts that noun. */
describe('a number followed by a word for more of the same', () => {
  const engine = engineWith('bron-count-more-', {
    rescue: {
      title: 'Hundreds rescued off the coast',
      outlet: 'The Paper',
      date: '2024-05-18',
      language: 'en',
      body:
        'Hundreds of people were rescued off the coast of Dorpland this week. ' +
        'On Friday, fishermen rescued over 700 asylum seekers whose boat sank, and the navy saved 200 more after ' +
        'they were found swimming along the coast.',
    },
  });

  it('counts no fishermen in "the navy saved 200 more" after "700 asylum seekers"', async () => {
    const a = await engine().ask('How many fishermen took part in the rescue off Dorpland?');
    expect(a.figures?.map((f) => f.value) ?? []).not.toContain(200);
  });
});
