/**
 * "Wie mag regels stellen over hoe lang de klokken luiden?": the relation asked is the main clause's ("regels
 * stellen"), not the last word of the clause a question word opens inside it ("hoe lang … luiden").
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const NL =
  'De gemeenteraad is bevoegd regels te stellen over de duur van het klokgelui. De klokken luiden op zondag. ' +
  'De beheerder mag het wrak verkopen. De kosten worden voldaan. Hij treedt op als eigenaar.';
const EN = 'Two workers were killed when the old bridge collapsed in the storm.';

describe('the relation of a question with a clause inside it', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: NL },
    { id: 'b', language: 'en', body: EN },
  ]);
  const relation = (q: string) => analyse(q, stats).relation?.id;

  it("is the main clause's verb, not the embedded clause's last word", () => {
    expect(relation('Wie mag regels stellen over hoe lang de klokken luiden?')).toBe('stellen');
    expect(relation('Who was killed when the old bridge collapsed?')).toBe('killed');
  });

  it("is the main clause's verb, not the last word of a clause a subordinator opens", () => {
    expect(relation('Wie mag het wrak verkopen als de kosten niet worden voldaan?')).toBe('verkopen');
    expect(relation('Wie mag het wrak verkopen indien de kosten niet worden voldaan?')).toBe('verkopen');
    // "als eigenaar" is "as owner": no clause, the word closing the question is still the relation.
    expect(relation('Wie mag het wrak verkopen als eigenaar?')).toBe('eigenaar');
  });

  it('is still the closing verb when no question word opens a clause inside it', () => {
    expect(relation('Wie mag de klokken laten luiden?')).toBe('luiden');
  });
});
