/**
 * A sentence setting a condition on what the sentence before named ("Wordt die aanpassing tijdig gedaan, dan …",
 * "If that is done in time, …") says what happens only with that sentence: it is read with its words, and gathered
 * after it even when passage retrieval returned the sentence before alone.
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

function unitsOf(language: string, first: string, second: string, question: string, whole: boolean) {
  const body = `${first} ${second}`;
  const article = { id: 'w', language, body, title: 'Wet', outlet: 'Wet', date: '2025-01-01' } as Article;
  const stats = CorpusStats.fromArticles([article]);
  const ctx = { view: new TextView(new Map([['w', article]])), stats };
  const end = whole ? body.length : first.length;
  const passage: RetrievedPassage = {
    key: 'w:0',
    doc: new Document({ pageContent: body.slice(0, end), metadata: { articleId: 'w', start: 0, end, seq: 0 } }),
    score: 1,
  };
  return gather(analyse(question, stats), [passage], ctx).map((c) => c.unit.text);
}

const nl = [
  'De officier kan de ondernemer mededelen hoe hij de handelsnaam moet wijzigen.',
  'Wordt die aanpassing tijdig gedaan, dan vervalt het recht tot strafvordering.',
  'Wat gebeurt er als de ondernemer de handelsnaam wijzigt?',
] as const;
const en = [
  'The officer may tell the trader how to rename the business.',
  'If that is done in time, the right to prosecute lapses.',
  'What happens if the trader renames the business?',
] as const;

describe('a condition on the sentence before', () => {
  it('is read with that sentence (Dutch, verb first)', () => {
    expect(unitsOf('nl', ...nl, true)).toContain(nl[1]);
  });

  it('is read with that sentence (English, "If that …")', () => {
    expect(unitsOf('en', ...en, true)).toContain(en[1]);
  });

  it('is gathered after the sentence a passage ends with', () => {
    expect(unitsOf('nl', ...nl, false)).toContain(nl[1]);
    expect(unitsOf('en', ...en, false)).toContain(en[1]);
  });

  it('is quoted with a long sentence before it for "Wat gebeurt er als …?"', () => {
    const long = `${nl[0].slice(0, -1)}, ${'en hem daarbij een termijn stellen die redelijk is, '.repeat(6)}zo nodig.`;
    const pair = `${long} ${nl[1]}`;
    expect(pair.length).toBeGreaterThan(400);
    expect(unitsOf('nl', long, nl[1], nl[2], true)).toContain(pair);
    // Only a question asking what happens if: otherwise the long pair is no better quote than its first sentence.
    expect(unitsOf('nl', long, nl[1], 'Wie kan de ondernemer een termijn stellen?', true)).not.toContain(pair);
  });

  it('is no condition without a word pointing back', () => {
    const plain = 'Wordt een aanpassing tijdig gedaan, dan vervalt het recht tot strafvordering.';
    expect(unitsOf('nl', nl[0], plain, nl[2], true)).not.toContain(plain);
  });
});
