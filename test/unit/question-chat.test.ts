import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

/** How a chat question's loose wording is read: nothing here is about any eval corpus. */
const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'en',
    body:
      'The town grew after the flood. The firm held 40 percent of the market, down from 3 markets in 2009. ' +
      'Art major Kiara Perkins said she had waited for the show. The council of Lindby asked the school to pay.',
  },
]);

describe('reading a chat question', () => {
  it('drops hedges, the halves of a negated auxiliary and "how come"', () => {
    const q = analyse("How come the town actually grew, wasn't the flood basically a disaster?", stats);
    expect(q.kind).toBe('reason');
    expect(q.groups.map((g) => g.id)).toEqual(['town', 'grew', 'flood', 'disaster']);
  });

  it('drops the first half of "don\'t": a negated auxiliary asks no word of its own', () => {
    const q = analyse("Why don't the town's schools pay?", stats);
    expect(q.groups.map((g) => g.id)).toEqual(['town', 'schools', 'pay']);
  });

  it('drops a negated question about "that" after the question: it challenges, and asks nothing to match', () => {
    const q = analyse("How come the town grew, wasn't that a disaster for everyone in Lindby?", stats);
    expect(q.kind).toBe('reason');
    expect(q.groups.map((g) => g.id)).toEqual(['town', 'grew']);
  });

  it('writes out chat spellings: "ww2", "r", "u"', () => {
    const q = analyse('how many ww2 wrecks r there in Lindby', stats);
    expect(q.counted.map((g) => g.id)).toEqual(['world', 'war', 'ii', 'wrecks']);
    expect(analyse('did u see the WWI flood', stats).groups.map((g) => g.id)).toEqual(['see', 'world', 'war', 'flood']);
  });

  it('reads "what kind of place is X, basically?" as asking what X is', () => {
    for (const text of ['What kind of place is Lindby, basically?', 'What sort of town was Lindby?']) {
      const q = analyse(text, stats);
      expect(q.kind).toBe('definition');
      expect(q.groups.map((g) => g.id)).toEqual(['lindby']);
    }
    // A class noun with more than the asked thing after it stays a word to match.
    expect(analyse('What kind of market is the firm in?', stats).groups.map((g) => g.id)).toContain('market');
  });

  it('counts the plural after modifiers joined by "and" (or chat\'s "n"), not the first modifier', () => {
    const ids = (text: string) => analyse(text, stats).counted.map((g) => g.id);
    expect(ids('how many park n ride sites r there in Lindby')).toEqual(['park', 'ride', 'sites']);
    expect(ids('How many gold and silver medals did the town win?')).toEqual(['gold', 'silver', 'medals']);
    // Two plurals joined are two things counted together: the first stays what is counted.
    expect(ids('How many men and women died in the flood?')).toEqual(['men']);
  });

  it('reads "how much of the market" as asking a share, not counting markets', () => {
    const q = analyse('How much of the market does the firm have now?', stats);
    expect(q.kind).toBe('amount');
    expect(q.counted).toEqual([]);
    expect(q.shape).toBe('share');
  });

  it('hears a speaker named after a role of two words, but not one asked to do something', () => {
    const speakers = (q: string) => analyse(q, stats).speakers.map((g) => g.id);
    expect(speakers('What did art major Kiara Perkins say about the show?')).toEqual(['kiara', 'perkins']);
    expect(speakers('How much tax is the council of Lindby asking the school to pay?')).toEqual([]);
  });

  it('reads "how much extra time" as "how long": a span of time, no amount of a noun', () => {
    const q = analyse('How much extra time should I allow before the flood?', stats);
    expect(q.kind).toBe('time');
    expect(q.counted).toEqual([]);
  });

  it('reads "how high above sea level" as a height, not as words the answer must say', () => {
    const q = analyse('How high above sea level is the town?', stats);
    expect(q.kind).toBe('amount');
    expect(q.groups.map((g) => g.id)).not.toContain('sea');
  });
});
