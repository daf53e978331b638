/**
 * "Wanneer treedt het besluit in werking?" over "met ingang van de zevende kalendermaand na de datum van uitgifte": a
 * rule states a time from an event in calendar months; that is a time, as "the third month" is.
 */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'Het besluit treedt in werking. De molen draait.' },
  { id: 'b', language: 'en', body: 'The decree enters into force. The mill turns.' },
]);
const has = (text: string, q: string, lang: string) => {
  const question = analyse(q, stats);
  return hasKind(text, question.kind, question, pack(lang));
};

describe('a time stated from an event', () => {
  it('in Dutch', () => {
    const q = 'Wanneer treedt het besluit in werking?';
    const rule = 'Dit besluit treedt in werking met ingang van de zevende kalendermaand na de datum van uitgifte.';
    expect(has(rule, q, 'nl')).toBe(true);
    expect(has('Dit besluit treedt in werking na de bekendmaking.', q, 'nl')).toBe(false);
  });

  it('in English', () => {
    const q = 'When does the decree enter into force?';
    const rule = 'This decree enters into force on the seventh calendar month after the date of issue.';
    expect(has(rule, q, 'en')).toBe(true);
    expect(has('This decree enters into force after its publication.', q, 'en')).toBe(false);
  });
});
