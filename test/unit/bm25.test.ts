import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/synth.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { type Bm25Doc, Bm25Index } from '../../src/retrieve/bm25.js';
import { isStopword, stem, words } from '../../src/text/analyze.js';
import { expandQuery, queryStems, type WeightedTerm } from '../../src/text/expand.js';

/** The BM25 Bron used before (MiniSearch, fuzzy OR query), as the reference the typed-array index must agree with. */
function miniSearch(docs: Bm25Doc[]) {
  const ms = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
  });
  ms.addAll(
    docs.map((d) => ({
      id: d.label,
      terms: words(d.text)
        .filter((w) => !isStopword(w, d.lang))
        .map((w) => stem(w, d.lang))
        .join(' '),
    })),
  );
  return (terms: WeightedTerm[], k: number) => {
    const weights = new Map<string, number>();
    for (const { term, weight } of terms)
      for (const s of queryStems(term)) weights.set(s, Math.max(weights.get(s) ?? 0, weight));
    return ms
      .search([...weights.keys()].join(' '), {
        combineWith: 'OR',
        fuzzy: (term) => (term.length >= 5 && !/\d/.test(term) ? 1 : false),
        weights: { fuzzy: 0.5, prefix: 0.3 },
        boostTerm: (term) => weights.get(term) ?? 1,
      })
      .slice(0, k)
      .map((r) => ({ label: Number(r.id), score: r.score }));
  };
}

async function sentenceDocs(): Promise<Bm25Doc[]> {
  const { articles } = await loadCorpus('corpus');
  return articles
    .flatMap((a) => splitSentences(a).map((s) => s.text))
    .map((text, label) => ({ label, text, lang: 'nl' as const }));
}

const QUESTIONS = [
  'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?',
  'How many North Korean troops are in Russia?',
  'were did the north korean troups go',
  'Wat zei Rutte over Koersk?',
  'Boerjaten escalatie',
  'tienduizend militairen',
  'wederzijdse defensieclausule verdrag',
];

const query = (q: string) => expandQuery(q, /\b(how|what|were|did)\b/i.test(q) ? 'en' : 'nl');

describe('Bm25Index', () => {
  it('ranks and scores exactly as MiniSearch did, typo tolerance included', async () => {
    const docs = await sentenceDocs();
    const ours = Bm25Index.build(docs);
    const theirs = miniSearch(docs);
    expect(ours.size).toBe(docs.length);
    for (const q of QUESTIONS) {
      const a = ours.query(query(q), 15);
      const b = theirs(query(q), 15);
      expect(a.length, q).toBe(b.length);
      expect(a.length, q).toBeGreaterThan(0);
      for (let i = 0; i < a.length; i++) expect(a[i]!.score, `${q} #${i}`).toBeCloseTo(b[i]!.score, 9);
      // Labels agree wherever the score does not tie with a neighbour's.
      const distinct = (xs: typeof a, i: number) =>
        (i === 0 || xs[i - 1]!.score - xs[i]!.score > 1e-9) &&
        (i === xs.length - 1 || xs[i]!.score - xs[i + 1]!.score > 1e-9);
      for (let i = 0; i < a.length; i++) if (distinct(b, i)) expect(a[i]!.label, `${q} #${i}`).toBe(b[i]!.label);
    }
  });

  it("finds each rare asked word's best passage in the same pass, as the word's terms alone score them", async () => {
    const docs = await sentenceDocs();
    const index = Bm25Index.build(docs);
    let found = 0;
    for (const q of QUESTIONS) {
      const terms = query(q);
      const { hits, perGroup } = index.queryWithBestPerGroup(terms, 15);
      expect(hits, q).toEqual(index.query(terms, 15));
      const groups = [...new Set(terms.map((t) => t.group))];
      const alone = groups.map(
        (g) =>
          index.query(
            terms.filter((t) => t.group === g),
            1,
          )[0],
      );
      // Each is what the query of one word alone finds: its stems' sum times how many a passage matches.
      for (const h of perGroup)
        expect(
          alone.some((a) => a?.label === h.label && Math.abs(a.score - h.score) < 1e-9),
          q,
        ).toBe(true);
      expect(perGroup.length, q).toBeLessThanOrEqual(groups.length);
      found += perGroup.length;
    }
    expect(found).toBeGreaterThan(0);
    // A word most passages say is not looked for: the fused list has it anyway.
    const common = Bm25Index.build(docs.map((d) => ({ ...d, text: `${d.text} gemeenschappelijk` })));
    const all = common.queryWithBestPerGroup([{ term: 'gemeenschappelijk', weight: 1, group: 'g' }], 5);
    expect(all.hits.length).toBe(5);
    expect(all.perGroup).toEqual([]);
    // A word one passage says is.
    const rare = Bm25Index.build([...docs, { label: docs.length, text: 'Een zeldzaamheid.', lang: 'nl' }]);
    const one = rare.queryWithBestPerGroup([{ term: 'zeldzaamheid', weight: 1, group: 'z' }], 5);
    expect(one.perGroup.map((h) => h.label)).toEqual([docs.length]);
    // The scratch is clean after a query: the same query again gives the same answer.
    const again = index.queryWithBestPerGroup(query(QUESTIONS[0]!), 15);
    expect(again).toEqual(index.queryWithBestPerGroup(query(QUESTIONS[0]!), 15));
  });

  it('finds a misspelt word through its one-edit neighbours in the vocabulary', () => {
    const index = Bm25Index.build([
      { label: 0, text: 'De troepen trokken naar Koersk.', lang: 'nl' },
      { label: 1, text: 'Het weer was slecht.', lang: 'nl' },
    ]);
    expect(index.query([{ term: 'troups', weight: 1, group: 'troups' }], 5).map((h) => h.label)).toEqual([0]);
    // Short words are not bent into others.
    expect(index.query([{ term: 'wee', weight: 1, group: 'wee' }], 5)).toEqual([]);
  });

  it('reads back from its buffer exactly, and refuses a damaged one', async () => {
    const docs = await sentenceDocs();
    const index = Bm25Index.build(docs);
    const again = Bm25Index.fromBuffer(index.toBuffer());
    expect(again.size).toBe(index.size);
    for (const q of QUESTIONS) expect(again.query(query(q), 10)).toEqual(index.query(query(q), 10));
    const buf = index.toBuffer();
    expect(() => Bm25Index.fromBuffer(buf.subarray(0, buf.length - 4000))).toThrow();
    expect(() => Bm25Index.fromBuffer(Buffer.from('not an index at all'))).toThrow('not a BM25 index');
  });

  it('updated for removed and added passages, equals an index built from scratch on the result', async () => {
    const docs = await sentenceDocs();
    const rnd = prng(4);
    const removed = docs.filter(() => rnd() < 0.2).map((d) => d.label);
    const gone = new Set(removed);
    const added = docs.slice(0, 30).map((d, i) => ({ ...d, label: docs.length + i, text: `${d.text} extra ${i}` }));
    const updated = Bm25Index.build(docs).update(removed, added);
    const fresh = Bm25Index.build([...docs.filter((d) => !gone.has(d.label)), ...added]);
    expect(updated.size).toBe(docs.length - removed.length + added.length);
    for (const q of [...QUESTIONS, 'extra 7']) {
      const a = updated.query(query(q), 20);
      expect(a).toEqual(fresh.query(query(q), 20));
      for (const h of a) expect(gone.has(h.label)).toBe(false);
    }
    expect(() => updated.update([], [{ label: 3, text: 'x', lang: 'nl' }])).toThrow('not above');
  });

  it('counts a passage of stop words only as a passage, and answers nothing for an empty question', () => {
    const index = Bm25Index.build([
      { label: 0, text: 'Hij zei het niet.', lang: 'nl' },
      { label: 1, text: 'Soldaten in Koersk.', lang: 'nl' },
    ]);
    expect(index.size).toBe(2);
    expect(index.df('soldat')).toBe(1);
    expect(index.query([], 5)).toEqual([]);
  });
});
