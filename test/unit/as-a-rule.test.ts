/**
 * "What does a long break usually lead to?" over "A long break generally leads to loss": papers hedge a finding with
 * any adverb for what holds as a rule, so the one asked meets the others, in every article language.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem } from '../../src/text/analyze.js';

const soft = (question: string, id: string, lang: string, article: string) => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: lang, body: article }]);
  return [
    ...(analyse(question, stats)
      .groups.find((g) => g.id === id)
      ?.soft.get(lang) ?? []),
  ];
};

describe('an adverb for what holds as a rule', () => {
  it('meets the others of its language', () => {
    const body = 'A long break generally leads to loss of skill.';
    expect(soft('What does a long break usually lead to?', 'usually', 'en', body)).toContain(stem('generally', 'en'));
  });

  it("meets those of the articles' language", () => {
    const body = 'A long break generally leads to loss of skill.';
    expect(soft('Waartoe leidt een lange pauze meestal?', 'meestal', 'en', body)).toContain(stem('generally', 'en'));
  });

  it('leaves other adverbs alone', () => {
    const body = 'A long break slowly leads to loss of skill.';
    expect(soft('What does a long break quickly lead to?', 'quickly', 'en', body)).not.toContain(stem('slowly', 'en'));
  });
});
