import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { abbreviates, CorpusStats, capitalRuns } from '../../src/answer/stats.js';

/** A short form in a question ("nz", "LegCo") for a name of several words the articles write out. */
describe('a short form the articles write out', () => {
  const stats = CorpusStats.fromArticles([
    {
      id: 'a',
      language: 'en',
      body:
        'The Harbour Board met on Monday. Ships from Port Velora sail twice a week. ' +
        'The Harbour Board raised its fees, said the mayor of Port Velora.',
    },
  ]);

  it('reads the capitalised names of several words a sentence writes', () => {
    expect(capitalRuns('The Harbour Board met in Port Velora, said Anna.', 'en')).toEqual([
      'harbour board',
      'port velora',
    ]);
  });

  it('matches a short form to the beginnings of the words', () => {
    expect(abbreviates('hb', ['harbour', 'board'])).toBe(true);
    expect(abbreviates('harbo', ['harbour', 'board'])).toBe(true);
    expect(abbreviates('bh', ['harbour', 'board'])).toBe(false);
  });

  it('knows the name by the short form and asks for the long one', () => {
    expect(stats.longFormsOf('harbo')).toEqual([['harbour', 'board']]);
    const q = analyse('What fees did the HarBo raise?', stats);
    expect(q.strangers).toEqual([]);
    const group = q.groups.find((g) => g.id === 'harbo');
    expect(group?.known).toBe(true);
    expect(q.retrieval.some((t) => t.term === 'board' && t.group === 'harbo')).toBe(true);
  });
});

/** "Bank of England", "Universiteit van Amsterdam": stop words may join the capitalised words of one name. */
describe('a written-out name with a joining stop word', () => {
  it('reads the whole name and the capitalised stretches a lower-case word splits', () => {
    expect(capitalRuns('The Guild of Lamp Makers met.', 'en')).toEqual(['lamp makers', 'guild of lamp makers']);
    expect(capitalRuns('The Guild of Lamp Makers met in May.', 'en')).toEqual(['lamp makers', 'guild of lamp makers']);
    // "met" is a Dutch stop word, no English one: the sentence's language decides.
    expect(capitalRuns('Anna met Port Velora.', 'en')).toEqual(['port velora']);
    expect(capitalRuns('The Harbour Board met in Port Velora, said Anna.', 'en')).toEqual([
      'harbour board',
      'port velora',
    ]);
  });

  it('knows the short form by the initials of the words the stop word joins', () => {
    const stats = CorpusStats.fromArticles([
      { id: 'a', language: 'en', body: 'The Guild of Lamp Makers met in May. The Guild of Lamp Makers chose Ada.' },
    ]);
    expect(stats.longFormsOf('glm')).toEqual([['guild', 'of', 'lamp', 'makers']]);
    expect(stats.longFormsOf('golm')).toEqual([['guild', 'of', 'lamp', 'makers']]);
  });
});
