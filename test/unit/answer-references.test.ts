/**
 * A section's reference list repeats a paper's title and authors: an entry says who wrote what, not what the text
 * says, so it answers only a question about a publication.
 */
import { describe, expect, it } from 'vitest';
import { isReferenceLine } from '../../src/answer/references.js';
import { engineWith } from '../support/engine.js';

describe('a reference list', () => {
  const engine = engineWith('bron-references-', {
    baking: {
      title: 'Sourdough',
      outlet: 'Open Textbook',
      date: '2024-05-01',
      language: 'en',
      body:
        'Rising\n\n' +
        'Loaves that rest for twelve hours before baking taste of the wild yeast. This long rest was named ' +
        '“cold proof” by the baker Marta Velden. Her bread kept for a week.\n\n' +
        'Velden, M. K.; Oris, P. (March 2011). "Cold proof: patience and taste in bread". Journal of ' +
        'Baking Science. 14 (2): 211–219. doi:10.1000/jbs.2011.14.211.\n\n' +
        'Shaping\n\nA loaf is shaped by folding the dough towards its centre several times.',
    },
  });

  it('does not answer what the text says', async () => {
    const a = await engine().ask('Which baker came up with the term cold proof?');
    expect(a.citations[0]?.quote).toMatch(/Marta Velden/);
    expect(a.citations.map((c) => c.quote).join(' ')).not.toMatch(/Journal of Baking/);
  });

  it('answers a question about the publication', async () => {
    const a = await engine().ask('In which journal was the paper on cold proof published?');
    expect(a.citations.map((c) => c.quote).join(' ')).toMatch(/Journal of Baking Science/);
  });

  it('is told from a citation in running text', () => {
    expect(isReferenceLine('Duckworth, A. L.; Peterson, C. (June 2007). "Grit". J. Pers. 92 (6): 1087–1101.')).toBe(
      true,
    );
    expect(isReferenceLine('SARS-CoV causes SARS (Drosten et al., 2003; Fouchier et al., 2003) in humans.')).toBe(
      false,
    );
    expect(isReferenceLine('In 2007 (the year of the study), grit predicted success.')).toBe(false);
  });
});
