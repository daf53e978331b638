/**
 * A travel guide numbers its listings ("9 Old Mill (The Mill of Forty Wheels)."): that number counts nothing the
 * sentence names, so "how many wheels" is answered by the figure that counts them.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a listing number', () => {
  const engine = engineWith('bron-listing-', {
    mill: {
      title: 'Riverton guide',
      outlet: 'Guide',
      date: '2024-05-01',
      language: 'en',
      body:
        'See\n\n' +
        '9 Walden Mill (The Mill of Forty Wheels). 1647: It is called the mill of forty wheels, as there were ' +
        'many, and here 40 means many. In fact, there are twelve wheels, and they still turn in the river.\n\n' +
        '10 Riverton Museum. Open daily, with paintings of the old harbour.',
    },
  });

  it('is no count of what the listing is called after', async () => {
    const a = await engine().ask('walden mill = 40 wheels, but how many wheels does it have?');
    expect(a.figures?.map((f) => f.value)).not.toContain(9);
    expect(a.answer).toMatch(/twelve wheels/);
  });
});
