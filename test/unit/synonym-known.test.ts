/**
 * "demonstratie" over articles that write only "betoging": a question word the articles never write is theirs when
 * they write its synonym, in its language, more than once; the synonym counts for it in a unit.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'De burgemeester kan een betoging verbieden.\n\n' +
  'Voor een betoging is een kennisgeving vereist.\n\n' +
  'De leerlingen van de school krijgen een boete.';

describe('a question word known by its synonym', () => {
  const stats = CorpusStats.fromArticles([{ id: 'm', language: 'nl', title: 'Wet', body: BODY }]);
  const group = (q: string, id: string) => analyse(q, stats).groups.find((g) => g.id === id);

  it('is known when the articles write its synonym in two sentences', () => {
    const g = group('Mag de burgemeester een demonstratie verbieden?', 'demonstratie');
    expect(g?.known).toBe(true);
    expect([...(g?.soft.get('nl') ?? [])]).toContain('betog');
  });

  it('is not known by a synonym written once', () => {
    const once = CorpusStats.fromArticles([
      { id: 'o', language: 'nl', title: 'Wet', body: 'De burgemeester kan een betoging verbieden.' },
    ]);
    expect(
      analyse('Mag de burgemeester een demonstratie verbieden?', once).groups.find((g) => g.id === 'demonstratie')
        ?.known,
    ).toBe(false);
  });

  it('is not known by the noun a light verb also is ("krijg": war, "strijd")', () => {
    const war = CorpusStats.fromArticles([
      { id: 's', language: 'nl', title: 'Wet', body: 'Dat is in strijd met de wet.\n\nDe strijd duurt voort.' },
    ]);
    expect(analyse('Welke straf krijg je?', war).groups.find((g) => g.id === 'krijg')?.known ?? false).toBe(false);
  });
});
