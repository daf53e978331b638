/** "Wie is de Belgische premier?" asks for someone: a place's adjective before the role is no name to define. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'De Valdoriaanse premier Jan Peeters opende de top. Hij sprak een uur.' },
  { id: 'b', language: 'en', body: 'The Valdorian prime minister Jan Peeters opened the summit. Morgan spoke.' },
]);
const kind = (q: string) => analyse(q, stats).kind;

describe('a role qualified by a place adjective', () => {
  it('asks for a person', () => {
    expect(kind('Wie is de Valdoriaanse premier?')).toBe('person');
    expect(kind('Who is the Valdorian prime minister?')).toBe('person');
  });

  it('still defines a name', () => {
    expect(kind('Wie is Jan Peeters?')).toBe('definition');
    expect(kind('Who is Morgan?')).toBe('definition');
  });
});
