/**
 * "What happens if a minor wins a prize?" over "personen die nog niet de leeftijd van achttien jaren hebben bereikt":
 * a statute writes a legal age status as the age that draws its line, so the asker's word meets that age, in every
 * article language.
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

const RULE =
  'Als deelnemers mogen niet worden toegelaten personen die nog niet de leeftijd van achttien jaren hebben bereikt.';

describe('a legal age status', () => {
  it('meets the age its language writes', () => {
    expect(soft('Mag een minderjarige meedoen aan een loterij?', 'minderjarige', 'nl', RULE)).toContain(
      stem('achttien', 'nl'),
    );
  });

  it("meets the age the articles' language writes", () => {
    expect(soft('What happens if a minor wins a lottery prize?', 'minor', 'nl', RULE)).toContain(
      stem('achttien', 'nl'),
    );
  });

  it('leaves other words for people alone', () => {
    expect(soft('Mag een werknemer meedoen aan een loterij?', 'werknemer', 'nl', RULE)).not.toContain(
      stem('achttien', 'nl'),
    );
  });
});
