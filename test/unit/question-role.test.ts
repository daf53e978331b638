/**
 * "What role does X play", "welke rol speelt X": a question about X. The articles say X's part in their own words
 * ("met stilzwijgende steun van X"), so "role" and "play" are the question's form, no word an answer must write.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

describe('a question for the role someone plays', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'v', language: 'nl', body: 'De oorlog gaat door, met stilzwijgende steun van Valdorije. De rol is groot.' },
    { id: 'w', language: 'en', body: 'The war goes on with quiet support from Valdoria. She played a part in it.' },
  ]);
  const ids = (q: string) => analyse(q, stats).groups.map((g) => g.id);

  it('asks about whom it names, in Dutch and in English', () => {
    expect(ids('Welke rol speelt Valdorije?')).toEqual(['valdorije']);
    expect(ids('Welke rol heeft Valdorije in de oorlog gespeeld?')).toEqual(['valdorije', 'oorlog']);
    expect(ids('What role does Valdoria play in the war?')).toEqual(['valdoria', 'war']);
  });

  it('keeps "role" and "play" where they are what is asked about', () => {
    expect(ids('Who played the main role?')).toContain('role');
  });
});
