import { describe, expect, it } from 'vitest';
import { givesShape } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

/** Question forms whose words suggest another kind than the one asked: a rank, a thing, the opening question word. */
describe('the kind asked by forms a parser may misread', () => {
  const nl = CorpusStats.fromArticles([
    {
      id: 'n',
      language: 'nl',
      body: 'Jansen werd derde in de wedstrijd in Gent. De beker is van zilver gemaakt. Hij won toen hij 20 was.',
    },
  ]);
  const en = CorpusStats.fromArticles([
    { id: 'e', language: 'en', body: 'Jansen finished third in the race in Ghent. He won when he was 20.' },
  ]);

  it('reads "op welke plaats eindigde" as a rank, not a place', () => {
    expect(analyse('Op welke plaats eindigde Jansen in de wedstrijd?', nl).kind).toBe('other');
    expect(analyse('Op welke positie eindigde Jansen?', nl).kind).toBe('other');
    expect(analyse('What place did Jansen finish in?', en).kind).toBe('other');
  });

  it('asks a rank of that form, which an ordinal closing a clause gives', () => {
    expect(analyse('Op welke plaats eindigde Jansen in de wedstrijd?', nl).shape).toBe('rank');
    expect(analyse('Op welke plaats werd Jansen geboren?', nl).shape).toBeUndefined();
    expect(givesShape('Jansen werd derde, De Vries tweede.', 'nl', 'rank')).toBe(true);
    expect(givesShape('Zo zakte hij naar de negende plaats.', 'nl', 'rank')).toBe(true);
    expect(givesShape('In de eerste manche maakte hij geen fouten.', 'nl', 'rank')).toBe(false);
    expect(givesShape('Jansen finished third, ahead of Smith.', 'en', 'rank')).toBe(true);
    expect(givesShape('In the first round he made no mistakes.', 'en', 'rank')).toBe(false);
  });

  it('still reads a place asked with "op welke plaats" or "what place" as a place', () => {
    expect(analyse('Op welke plaats werd Jansen geboren?', nl).kind).toBe('place');
    expect(analyse('What place did Jansen visit?', en).kind).toBe('place');
  });

  it('lets the opening question word decide over one that opens a clause inside', () => {
    expect(analyse('Wie riep dat hij won wanneer hij over de streep kwam?', nl).kind).toBe('person');
    expect(analyse('Wanneer won Jansen?', nl).kind).toBe('time');
    expect(analyse('Waar ligt de stad waar hij won?', nl).kind).toBe('place');
  });
});
