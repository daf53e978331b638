import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OMW_DIR } from '../../scripts/build-wordnet-lexicon.js';
import { buildDutchSynonyms, DUTCH_SYNONYMS_OUTPUT, usualSenses } from '../../scripts/build-wordnet-synonyms-nl.js';
import { WORDNET_DIR } from '../../scripts/wordnet.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { mutualSynonyms, onlyAdverb, relatedByPart } from '../../src/lang/synonyms.js';
import { stem } from '../../src/text/analyze.js';

const EVERY = ['n', 'v', 'a', 'r'] as const;

/** Dutch synonyms from Open Dutch WordNet and Wiktionary's lemmas of Princeton WordNet's senses. */
describe('Dutch synonyms', () => {
  it("gives a word the other words of its usual sense, through the word's base form", () => {
    expect(relatedByPart('synonyms', 'brommer', 'nl', ['n'])).toContain('bromfiets');
    expect(relatedByPart('synonyms', 'bromfietsen', 'nl', [...EVERY])).toContain('brommer');
    expect(relatedByPart('synonyms', 'demonstratie', 'nl', ['n'])).toContain('betoging');
    // "inzet" is a stake more often than a betting pool, the one sense Wiktionary gives it.
    expect(relatedByPart('synonyms', 'inzet', 'nl', [...EVERY])).not.toContain('totalisator');
    // The Dutch table holds only words with synonyms: it cannot tell an adverb from a word it lacks.
    expect(onlyAdverb('brommer', 'nl')).toBe(false);
  });

  it('keeps the most used sense and those used a tenth as much, and an unseen word only with one sense', () => {
    const uses = new Map([
      ['1n', 40],
      ['2n', 5],
      ['3n', 3],
    ]);
    expect(usualSenses(['1n', '2n', '3n'], uses).map(([s]) => s)).toEqual(['1n', '2n']);
    expect(usualSenses(['9n'], uses)).toEqual([['9n', 1]]);
    expect(usualSenses(['8n', '9n'], uses)).toEqual([]);
  });

  it('lets "aanbeveling" search for "advies", which does not list it back, too loosely to count for the word', () => {
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'nl', body: 'Het advies van de commissie werd zonder goedkeuring gevolgd.' },
    ]);
    const question = analyse('Wat was de aanbeveling van de commissie?', stats);
    const advies = stem('advies', 'nl');
    expect(question.retrieval.some((t) => t.group === 'aanbeveling' && t.term === advies)).toBe(true);
    const group = question.groups.find((g) => g.id === 'aanbeveling');
    expect([...(group?.soft.get('nl') ?? [])]).not.toContain(advies);
  });

  it('counts "bromfiets" for "brommer": each lists the other, so they share a sense', () => {
    expect(mutualSynonyms('brommer', 'nl', [...EVERY])).toContain('bromfiets');
    expect(mutualSynonyms('aanbeveling', 'nl', [...EVERY])).not.toContain('advies');
    const stats = CorpusStats.fromArticles([
      { id: 't', language: 'nl', body: 'Het is verboden bromfietsen te koop aan te bieden zonder goedkeuring.' },
    ]);
    const question = analyse('Mag een winkel een brommer verkopen?', stats);
    const group = question.groups.find((g) => g.id === 'brommer');
    expect([...(group?.soft.get('nl') ?? [])]).toContain(stem('bromfiets', 'nl'));
  });

  it.skipIf(!existsSync(`${WORDNET_DIR}/index.noun`) || !existsSync(join(OMW_DIR, 'wns', 'nld')))(
    'is exactly what scripts/build-wordnet-synonyms-nl.ts builds',
    () => {
      const built = buildDutchSynonyms(WORDNET_DIR).text;
      expect(built === readFileSync(DUTCH_SYNONYMS_OUTPUT, 'utf8'), 'the file is stale').toBe(true);
    },
  );

  it('has no synonym shorter than four letters', () => {
    const lines = readFileSync(DUTCH_SYNONYMS_OUTPUT, 'utf8').trim().split('\n');
    const short = lines.flatMap((l) => l.split('\t')[1]!.split('|')).filter((s) => s.length < 4);
    expect(short).toEqual([]);
  });
});
