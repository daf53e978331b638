import { describe, expect, it } from 'vitest';
import { pack } from '../../src/lang/index.js';
import { stem } from '../../src/text/analyze.js';
import { expandQuery } from '../../src/text/expand.js';

/** A superlative asked in one language is looked for as the other language's superlative. */
describe('superlatives across languages', () => {
  it('reads a superlative back to its base and writes a base as its superlative, in each pack', () => {
    const en = pack('en').superlative!;
    const nl = pack('nl').superlative!;
    expect(en.basesOf('largest')).toContain('large');
    expect(en.basesOf('biggest')).toContain('big');
    expect(en.basesOf('happiest')).toContain('happy');
    expect(en.basesOf('large')).toEqual([]);
    expect(en.of('big')).toEqual(['biggest']);
    expect(en.of('great')).toEqual(['greatest']);
    expect(en.of('large')).toEqual(['largest']);
    expect(en.of('early')).toEqual(['earliest']);
    expect(en.of('good')).toEqual(['best']);
    expect(en.of('most important')).toEqual([]);
    // A longer adjective says "most important": no "importantest", "seriousest"; two syllables in "-y", "-le" do.
    expect(en.of('important')).toEqual([]);
    expect(en.of('serious')).toEqual([]);
    expect(en.of('famous')).toEqual([]);
    expect(en.of('simple')).toEqual(['simplest']);
    expect(en.of('happy')).toEqual(['happiest']);
    expect(en.of('quiet')).toEqual(['quietest']);
    expect(nl.basesOf('grootste')).toEqual(['groot']);
    expect(nl.basesOf('beste')).toEqual(['goed']);
    expect(nl.basesOf('groot')).toEqual([]);
    expect(nl.of('groot')).toEqual(['grootst']);
    expect(nl.of('vies')).toEqual(['viest']);
  });

  it('expands "grootste" to "greatest" for English articles and "largest" to "grootst" for Dutch ones', () => {
    const terms = (q: string, from: 'en' | 'nl', to: 'en' | 'nl', group: string) =>
      expandQuery(q, from, [to])
        .filter((t) => t.group === group)
        .map((t) => t.term);
    expect(terms('Wat is de grootste stad?', 'nl', 'en', 'grootste')).toContain('greatest');
    expect(terms('What is the largest city?', 'en', 'nl', 'largest')).toContain('grootst');
    // The Dutch stemmer joins "grootst" to the articles' "grootste".
    expect(stem('grootste', 'nl')).toBe(stem('grootst', 'nl'));
    // Articles in the asker's language get no translations, superlative or not.
    expect(terms('What is the largest city?', 'en', 'en', 'largest')).toEqual(['largest']);
  });
});
