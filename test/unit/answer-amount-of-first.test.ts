import { describe, expect, it } from 'vitest';
import { amountOfFirst } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const stats = CorpusStats.fromArticles([
  {
    id: 'a',
    language: 'nl',
    body: 'Tien jaar geleden kwam er weinig publiek. Als dat niet lukte, volgde een boete van 2000 dollar.',
  },
  { id: 'b', language: 'en', body: 'Ten years ago few people came. The fine was 2000 dollars.' },
]);

const unit = (text: string, score: number, says: string[]) =>
  ({
    unit: { text },
    article: { language: 'nl' },
    kind: true,
    score,
    m: { matched: new Set(says), near: new Set() },
  }) as unknown as Candidate;

/**
 * "Hoe hoog was de boete als er te weinig publiek kwam?": the best unit gives a figure ("Tien jaar") but never writes
 * the noun whose amount is asked; one of the best units that writes it with a figure answers first.
 */
describe('amountOfFirst', () => {
  const years = unit('Tien jaar geleden kwam er weinig publiek.', 0.4, ['weinig', 'publiek']);
  const fine = unit('Als dat niet lukte, volgde een boete van 2000 dollar.', 0.2, ['boete']);
  const faint = unit('Een boete van 50 dollar.', 0.05, ['boete']);

  it('puts a figure of the noun asked first, Dutch and English', () => {
    const nl = analyse('Hoe hoog was de boete als er te weinig publiek kwam?', stats);
    expect(amountOfFirst(nl, [years, fine, faint])).toEqual([fine, years, faint]);
    const en = analyse('How much was the fine when few people came?', stats);
    const enFine = unit('The fine was 2000 dollars.', 0.2, ['fine']);
    expect(amountOfFirst(en, [years, enFine])).toEqual([enFine, years]);
  });

  it('leaves the pool alone when the best writes the noun, or the one that does scores far below', () => {
    const nl = analyse('Hoe hoog was de boete als er te weinig publiek kwam?', stats);
    expect(amountOfFirst(nl, [fine, years])).toEqual([fine, years]);
    expect(amountOfFirst(nl, [years, faint])).toEqual([years, faint]);
  });

  it('leaves a question that asks no amount of a noun alone', () => {
    const q = analyse('Wanneer kwam er weinig publiek?', stats);
    expect(amountOfFirst(q, [years, fine])).toEqual([years, fine]);
  });
});
