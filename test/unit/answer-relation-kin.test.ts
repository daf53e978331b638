/**
 * "Wie was de oom van X?" over "a nephew of Y", "Who was X married to?" over "Door haar huwelijk … met Y": the said
 * check hears a relation in another of its words, in its converse, or in the other language (the packs' `kinship`).
 */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const PENWICK = [
  'Harold Penwick was an English chemist who worked on dyes in Manchester.',
  'Harold Penwick was the son of a weaver and a nephew of Walter Greaves, a chemist of Leeds.',
  'Harold Penwick retired to Whitby in 1881.',
].join('\n\n');
const VOS = [
  'Lotte Vos (Gent 3 mei 1890 -- Brugge 9 juni 1951) was een Vlaamse schilderes van havens.',
  'Door haar huwelijk in 1914 met de architect Pieter Claes verhuisde Lotte Vos naar Antwerpen.',
  'Lotte Vos stelde tentoon in Gent en in Brugge.',
].join('\n\n');
const MARLO = [
  'Edwin Marlo was a Scottish engraver of maps.',
  'His mother, Agnes Marlo, kept a print shop in Leith.',
  'Edwin Marlo married Jane Kerr and had three children.',
].join('\n\n');
const articles = [
  { id: 'penwick', language: 'en', body: PENWICK, title: 'Harold Penwick', outlet: 'Encyclopedia', date: '2024' },
  { id: 'marlo', language: 'en', body: MARLO, title: 'Edwin Marlo', outlet: 'Encyclopedia', date: '2024' },
  { id: 'vos', language: 'nl', body: VOS, title: 'Lotte Vos', outlet: 'Encyclopedie', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

/** The whole article, retrieved as one passage. */
describe('a relation said in another of its words, its converse or the other language', () => {
  it('hears "Wie was de oom van …?" in "a nephew of …"', () => {
    const { said } = rank(analyse('Wie was de oom van Harold Penwick?', stats), whole('penwick', PENWICK), ctx);
    expect(said).toBe(true);
  });

  it('hears "Who was … married to?" in "Door haar huwelijk … met …"', () => {
    const { said } = rank(analyse('Who was Lotte Vos married to?', stats), whole('vos', VOS), ctx);
    expect(said).toBe(true);
  });

  it('still does not hear a relation no unit says in any of its words', () => {
    expect(rank(analyse('Who was the teacher of Lotte Vos?', stats), whole('vos', VOS), ctx).said).toBe(false);
    expect(rank(analyse('Wie was de leraar van Harold Penwick?', stats), whole('penwick', PENWICK), ctx).said).toBe(
      false,
    );
  });

  it('does not hear a father in a mother, nor in the children the one asked of had', () => {
    const q = (text: string) => rank(analyse(text, stats), whole('marlo', MARLO), ctx).said;
    expect(q('Who was the father of Edwin Marlo?')).toBe(false);
    expect(q('Wie was de vader van Edwin Marlo?')).toBe(false);
    expect(q('Who was the mother of Edwin Marlo?')).toBe(true);
  });
});
