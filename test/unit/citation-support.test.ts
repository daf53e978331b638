import { describe, expect, it } from 'vitest';
import { citationSupport } from '../../eval/evaluate.js';
import type { Answer, Citation } from '../../src/answer/types.js';
import type { Engine } from '../../src/engine.js';

/** The eval's citation check on hand-made answers over one article (a stand-in engine: only the body is read). */
const body =
  'Intro. Smith thinks beauty comes from “unity amid variety” in the object. [39] Hume argues that it is “no ' +
  'quality in things themselves.” Then 12 more pages follow.';
const engine = { snapshotInfo: { articles: new Map([['a', { body }]]) } } as unknown as Engine;

function cite(n: number, quote: string): Citation {
  const start = body.indexOf(quote);
  const c = { n, articleId: 'a', title: 'T', source: 'S', outlet: 'S', date: '2020-01-01', language: 'en' };
  return { ...c, file: 'a.md', quote, start, end: start + quote.length, score: 1 };
}

function answer(text: string, citations: Citation[]): Answer {
  const timings = { retrieveMs: 0, composeMs: 0 };
  return { question: 'q', language: 'en', answer: text, grounded: true, citations, confidence: 1, timings };
}

describe('citationSupport', () => {
  const nested = 'Smith thinks beauty comes from “unity amid variety” in the object. [39] Hume argues that it is “no';
  it('reads a quote with quotation marks and a reference mark of its own as one quote', () => {
    const a = answer(`From the articles:\n• “${nested}” — S, Jan 2020 [1]`, [cite(1, nested)]);
    expect(citationSupport(engine, a)).toEqual([1, 1]);
  });

  it('still fails a line whose quote is another citation’s, or whose number the quote lacks', () => {
    const other = 'Then 12 more pages follow.';
    const swapped = answer(`• “${nested}” — S, Jan 2020 [2]`, [cite(1, nested), cite(2, other)]);
    expect(citationSupport(engine, swapped)[0]).toBe(0);
    const number = answer(`• 14 pages: “${other}” — S, Jan 2020 [1]`, [cite(1, other)]);
    expect(citationSupport(engine, number)).toEqual([0, 1]);
  });
});
