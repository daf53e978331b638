/**
 * "Can I sell my trade name?": a unit that says only a form of the asked verb ("… de verkochte
 * deelnemingsbewijzen": sell, selling) says nothing of the asked thing and is not lifted before a better one; one that
 * says the verb and another asked word ("the company denied these allegations") is.
 */
import { describe, expect, it } from 'vitest';
import { yesNoVerb } from '../../src/answer/after-verdict.js';
import type { Candidate } from '../../src/answer/candidates.js';
import { saysAskedVerb } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const unit = (...matched: string[]) => ({ m: { matched: new Set(matched) } }) as unknown as Candidate;

describe("a yes/no question's verb said by a unit", () => {
  const q = analyse('Can I sell my trade name without selling the business?', CorpusStats.fromArticles([]));

  it('takes the verb after the pronoun subject', () => {
    expect(yesNoVerb(q)).toBe('sell');
  });

  it('does not count when the unit says only forms of the verb', () => {
    expect(saysAskedVerb(unit('sell', 'selling'), q, 'sell')).toBe(false);
    expect(saysAskedVerb(unit('sell'), q, 'sell')).toBe(false);
  });

  it('counts when the unit also says another asked word', () => {
    expect(saysAskedVerb(unit('sell', 'name'), q, 'sell')).toBe(true);
    expect(saysAskedVerb(unit('sell', 'selling', 'business'), q, 'sell')).toBe(true);
  });

  it('does not count without the verb', () => {
    expect(saysAskedVerb(unit('name', 'business'), q, 'sell')).toBe(false);
  });
});
