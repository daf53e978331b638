/** The text view makes a sentence's stems when asked for them, and the same stems as made all at once. */
import { describe, expect, it } from 'vitest';
import { sentenceStems, TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';

const body =
  'The harbour museum opened in spring. Its Plan B was a shop.\n\n' +
  'Visitors from Gent-Zuid came by boat. The café sold tea.';

function view(): { view: TextView; article: Article } {
  const article = { id: 'm', language: 'en', body, title: 'Museum', outlet: 'Blad', date: '2025-01-01' } as Article;
  return { view: new TextView(new Map([[article.id, article]])), article };
}

describe('stems read on demand', () => {
  it('gives a sentence the stems of its own text, whichever sentence is read first', () => {
    const { view: v } = view();
    const list = v.sentences('m');
    expect(list).toHaveLength(4);
    expect([...v.stemsOf(list[2]!)]).toEqual([...sentenceStems(list[2]!.text, 'en')]);
    expect([...v.stemsOf(list[0]!)]).toEqual([...sentenceStems(list[0]!.text, 'en')]);
    expect(v.stemsOf({ ...list[0]!, index: 9 }).size).toBe(0);
  });

  it("gathers the article's stems from every sentence, those not read yet too", () => {
    const { view: v } = view();
    const list = v.sentences('m');
    v.stemsOf(list[1]!);
    const all = new Set(list.flatMap((s) => [...sentenceStems(s.text, 'en')]));
    expect([...v.articleStems('m')]).toEqual([...all]);
    expect(v.articleStems('m').has('visitor')).toBe(true);
  });

  it('finds the wanted stems the article writes, reading only until they are enough', () => {
    const wanted = (t: string) => t === 'museum' || t === 'visitor';
    const some = (found: ReadonlySet<string>) => found.size > 0;
    expect([...view().view.findStems('m', wanted)].sort()).toEqual(['museum', 'visitor']);
    // The first sentence that writes one is enough; the sentences already stemmed are read first.
    expect([...view().view.findStems('m', wanted, some)]).toEqual(['museum']);
    const { view: v } = view();
    v.stemsOf(v.sentences('m')[2]!);
    expect([...v.findStems('m', wanted, some)]).toEqual(['visitor']);
    expect(v.findStems('m', wanted, () => true).size).toBe(0);
    expect(v.findStems('x', wanted).size).toBe(0);
  });
});

describe('sentences inside a range', () => {
  it('gives the sentences wholly inside it, not those it only cuts', () => {
    const { view: v } = view();
    const list = v.sentences('m');
    // From the second sentence's start to the middle of the fourth: the second and third.
    const cut = list[3]!.start + 5;
    expect(v.inside('m', list[1]!.start, cut).map((s) => s.index)).toEqual([1, 2]);
    expect(v.within('m', list[1]!.start, cut).map((s) => s.index)).toEqual([1, 2, 3]);
    expect(v.inside('m', list[0]!.start, list[0]!.end)).toEqual([list[0]]);
  });
});
