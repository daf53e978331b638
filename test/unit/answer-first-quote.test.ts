/**
 * The unit that states the asked answer comes first, though the ranker scores higher one with more of the question's
 * words: the asked one's own life span for "when did X die", a stated age for "how old was X when …".
 */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';
import { answerContext, whole } from '../support/answer-context.js';

const INGRID = [
  'Ingrid Sofia Thyra (Uppsala 17 november 1905 -- Luzern 29 augustus 1935), prinses van Denemarken, was de dochter ' +
    'van prins Karel en prinses Ingeborg.',
  'Door haar huwelijk in 1926 met de Belgische kroonprins Leopold werd zij na de dood van koning Albert in 1934 ' +
    'koningin der Belgen.',
].join('\n\n');
const VOLLARD = [
  'Pierre Vollard (August 2, 1754 – June 14, 1825), self-identified as Peter Vollard while living in the United ' +
    'States, was a French-born American military engineer who designed the basic plan for a capital city.',
  'Vollard was recruited to serve in the American Revolutionary War in the United States. He arrived in 1777 at ' +
    'the age of 23, and served as a military engineer in the Continental Army.',
].join('\n\n');
const articles = [
  { id: 'ingrid', language: 'nl', body: INGRID, title: 'Ingrid', outlet: 'Encyclopedie', date: '2024' },
  { id: 'vollard', language: 'en', body: VOLLARD, title: 'Pierre Vollard', outlet: 'Encyclopedia', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

/** The article's paragraphs as passages, the first retrieved best (a lead sentence the retriever ranks first). */
function paragraphs(id: string, body: string): RetrievedPassage[] {
  let start = 0;
  return body.split('\n\n').map((text, seq) => {
    const metadata = { articleId: id, start, end: start + text.length, seq };
    start += text.length + 2;
    return { key: `${id}:${seq}`, doc: new Document({ pageContent: text, metadata }), score: seq === 0 ? 1 : 0.6 };
  });
}

const first = (question: string, id: string, body: string) =>
  rank(analyse(question, stats), whole(id, body), ctx).pool[0]?.unit.text;

describe('the first quote', () => {
  it('dates a death by the own life span, though a sentence with more of the question scores higher', () => {
    expect(first('Wanneer is koningin Ingrid overleden?', 'ingrid', INGRID)).toMatch(/^Ingrid Sofia Thyra \(Uppsala/);
  });

  it('gives a stated age before a life span one would work it out from', () => {
    const q = analyse('How old was Vollard when he came to America?', stats);
    expect(rank(q, paragraphs('vollard', VOLLARD), ctx).pool[0]?.unit.text).toMatch(/at the age of 23/);
  });
});
