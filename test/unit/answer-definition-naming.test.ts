/**
 * "What is X?": a textbook says what X is and then names it ("… This process is called X."), while other sentences
 * only use the word ("Some aspects of X are deliberate"). The sentence pair that describes and names answers.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a definition by naming', () => {
  const engine = engineWith('bron-naming-', {
    bread: {
      title: 'Bread',
      outlet: 'Open Textbook',
      date: '2024-05-01',
      language: 'en',
      body:
        'Bread\n\n' +
        'Dough is not baked at once but must rest for hours while wild yeast makes it rise slowly. ' +
        'This process, as the chapter Why Bread? explains, is called fermentation.\n\n' +
        'Some aspects of fermentation are deliberate and careful, such as keeping the dough warm. ' +
        'Most bakers learn it in school, a fundamental place of fermentation knowledge in many towns.',
    },
  });

  it('answers with the sentence that says what the named thing is', async () => {
    const a = await engine().ask('What is fermentation?');
    expect(a.citations[0]?.quote).toMatch(/must rest for hours/);
  });
});
