/**
 * "How did they get introduced?" over "he introduced us during lunch": "get" only makes "introduced" a passive, so it
 * is no word the answer must say, even where the articles write "get" in another sense ("get along").
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'Everyone kept telling Anna and Piet that they would get along with each other really well.\n\n' +
  'Anna and Piet went to the same school for years. In the end a common friend introduced them during lunch.\n\n' +
  'We still get coffee at the same place every week.';

describe('a passive helper in a question', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body: BODY }]);
  const ids = (text: string) => analyse(text, stats).groups.map((g) => g.id);

  it('is no word the answer must say, in English', () => {
    expect(ids('How did Anna and Piet eventually get introduced?')).not.toContain('get');
    // "get" of its own is a verb the question asks.
    expect(ids('What did Anna and Piet get every week?')).toContain('get');
  });
});
