/** The lines that open an article (authors and their places, an infobox) speak of the names above them. */
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { gather } from '../../src/answer/candidates.js';
import { headPlaces } from '../../src/answer/head-block.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import type { RetrievedPassage } from '../../src/retrieve/hybrid.js';

const body =
  'Counting Rivers in Old Maps\n\nAnna Verbeek\n\nanna.verbeek@uni.example\n\nHarbour Institute, Delft, Netherlands\n\n' +
  'Photo of the harbour\n\nOld Harbour Office, Leiden\n\nIntroduction\n\n' +
  'Rivers were counted on old maps. Anna Verbeek counted them again. Later work followed.';
const article = {
  id: 'h',
  language: 'en',
  body,
  title: 'Counting Rivers',
  outlet: 'Post',
  date: '2025-01-01',
} as Article;
const stats = CorpusStats.fromArticles([article]);
const ctx = { view: new TextView(new Map([['h', article]])), stats };
const passage: RetrievedPassage = {
  key: 'h:0',
  doc: new Document({ pageContent: body, metadata: { articleId: 'h', start: 0, end: body.length, seq: 0 } }),
  score: 1,
};
const texts = (question: string) => gather(analyse(question, stats), [passage], ctx).map((c) => c.unit.text);

describe("the lines of an article's head", () => {
  it("read a place under a name and its address as that name's place", () => {
    expect(texts('Where does Anna Verbeek work?')).toContain('Harbour Institute, Delft, Netherlands');
  });

  it('take no words from a line above that is no name, nor from lines further up', () => {
    expect(texts('Where does Anna Verbeek work?')).not.toContain('Old Harbour Office, Leiden');
  });

  it('read names joined by commas that end a line of the head as places, not those of the body', () => {
    const units = ctx.view.sentences('h');
    const at = (text: string) => units.find((u) => u.text === text)!;
    expect(headPlaces(at('Harbour Institute, Delft, Netherlands'), ctx.view)).toEqual([
      'Harbour Institute',
      'Delft',
      'Netherlands',
    ]);
    expect(headPlaces(at('Anna Verbeek'), ctx.view)).toEqual([]);
    expect(headPlaces(at('Later work followed.'), ctx.view)).toEqual([]);
    const where = gather(analyse('Where is the Harbour Institute?', stats), [passage], ctx);
    expect(where.find((c) => c.unit.text === 'Harbour Institute, Delft, Netherlands')?.kind).toBe(true);
  });
});
