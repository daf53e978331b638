import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import { describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import type { PassageMetadata } from '../../src/ingest/passages.js';
import { Bm25Index } from '../../src/retrieve/bm25.js';
import { HybridRetriever, type LexicalIndex, passageKey, VECTOR_WEIGHT } from '../../src/retrieve/hybrid.js';
import { expandQuery } from '../../src/text/expand.js';

const TEXTS = [
  'Noord-Korea heeft ongeveer 3.000 soldaten naar Rusland gestuurd.',
  'Het Pentagon spreekt van 10.000 Noord-Koreaanse militairen in Koersk.',
  'Poetin zegt dat de inzet een zaak van Rusland is.',
  'Rutte noemt het een escalatie van de oorlog.',
  'De Boerjaten vechten mee aan Russische zijde.',
  'Het weer in Amsterdam is morgen zonnig.',
  // The same paragraph printed by two outlets: two sources, not one.
  'Zuid-Korea roept de Russische ambassadeur op het matje.',
  'Zuid-Korea roept de Russische ambassadeur op het matje.',
];

async function setup() {
  const docs = TEXTS.map(
    (t, i) =>
      new Document<PassageMetadata>({
        pageContent: t,
        metadata: { articleId: `a${i}`, start: 0, end: t.length, seq: 0 },
      }),
  );
  const store = await HNSWLib.fromDocuments(docs, new LocalHashEmbeddings());
  const bm25 = Bm25Index.build(TEXTS.map((text, label) => ({ label, text, lang: 'nl' as const })));
  // The engine passes the answerer's analysis; plain expansion stands in for it here.
  const termsOf = (q: string) => expandQuery(q, 'nl');
  const hits = (list: { label: number; score: number }[]) => list.map((h) => ({ doc: docs[h.label]!, score: h.score }));
  const lexical: LexicalIndex = {
    search: async (terms, k) => hits(bm25.query(terms, k)),
    searchWithBestPerGroup: async (terms, k) => {
      const found = bm25.queryWithBestPerGroup(terms, k);
      return { hits: hits(found.hits), perGroup: hits(found.perGroup) };
    },
  };
  return { store, lexical, docs, termsOf };
}

describe('HybridRetriever', () => {
  it('is a LangChain retriever whose fused list is weighted reciprocal rank over both lists, keyed by passage', async () => {
    const { store, lexical, termsOf } = await setup();
    const retriever = new HybridRetriever({ store, lexical, total: TEXTS.length, k: 5, termsOf });
    expect(retriever).toBeInstanceOf(BaseRetriever);
    const q = 'Hoeveel Noord-Koreaanse soldaten zijn in Rusland?';
    const [fused, vector, bm25] = await Promise.all([
      retriever.invoke(q),
      retriever.vector.invoke(q),
      retriever.bm25.invoke(q),
    ]);
    // Recompute the fusion from the two lists the retriever fused; after its top k come the passages the asker's
    // words bring that it lacks (next test).
    const extra = (await retriever.bm25.withBestPerWord(q)).perWord.map((d) => passageKey(d.metadata));
    const expected = new Map<string, number>();
    for (const [i, d] of vector.entries()) expected.set(passageKey(d.metadata), VECTOR_WEIGHT / (61 + i));
    for (const [i, d] of bm25.entries()) {
      const key = passageKey(d.metadata);
      expected.set(key, (expected.get(key) ?? 0) + 1 / (61 + i));
    }
    const best = [...expected.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const top = best.map(([key]) => key);
    expect(fused.map((d) => d.metadata.key)).toEqual([...new Set([...top, ...extra])]);
    for (const [i, d] of fused.slice(0, 5).entries()) expect(d.metadata.score).toBeCloseTo(best[i]![1], 12);
    expect(fused[0]!.metadata.bm25Rank).toBe(1);
    expect(fused[0]!.metadata.articleId).toBe('a0');
  });

  it("brings each asked word's best passage when the passages sharing the other words outrank it", async () => {
    const { store, lexical, termsOf } = await setup();
    const q = 'Noord-Koreaanse soldaten in Rusland en Amsterdam';
    const k = 2;
    const retriever = new HybridRetriever({ store, lexical, total: TEXTS.length, k, termsOf });
    const fused = await retriever.passages(q);
    const top = fused.slice(0, k).map((p) => p.doc.metadata.articleId);
    expect(top).not.toContain('a5');
    // "Amsterdam" is said by one passage only: it comes after the top k, scored below them.
    const amsterdam = fused.findIndex((p) => p.doc.metadata.articleId === 'a5');
    expect(amsterdam).toBeGreaterThanOrEqual(k);
    expect(fused[amsterdam]!.score).toBeLessThan(fused[k - 1]!.score);
    // Only asked words bring passages: at most one per word, none twice.
    expect(new Set(fused.map((p) => p.key)).size).toBe(fused.length);
    expect(fused.length).toBeLessThanOrEqual(k + new Set(termsOf(q).map((t) => t.group)).size);
  });

  it('keeps --mode vector and --mode bm25: one list only, with its own ranks', async () => {
    const { store, lexical, termsOf } = await setup();
    const q = 'Zuid-Korea ambassadeur';
    const onlyBm25 = await new HybridRetriever(
      { store, lexical, total: TEXTS.length, k: 3, termsOf },
      3,
      'bm25',
    ).passages(q);
    expect(onlyBm25.every((p) => p.bm25Rank !== undefined && p.vectorRank === undefined)).toBe(true);
    // Identical text in two articles stays two passages.
    expect(
      onlyBm25
        .slice(0, 2)
        .map((p) => p.doc.metadata.articleId)
        .sort(),
    ).toEqual(['a6', 'a7']);
    const onlyVector = await new HybridRetriever(
      { store, lexical, total: TEXTS.length, k: 3, termsOf },
      3,
      'vector',
    ).passages(q);
    expect(onlyVector.every((p) => p.vectorRank !== undefined && p.bm25Rank === undefined)).toBe(true);
    expect(onlyVector.map((p) => p.vectorRank)).toEqual([1, 2, 3]);
    // The passage's document carries only passage metadata (ranks and scores sit beside it).
    expect(Object.keys(onlyVector[0]!.doc.metadata).sort()).toEqual(['articleId', 'end', 'seq', 'start']);
  });

  it('keeps the passage BM25 scores far above the rest, though the vector list missed it', async () => {
    const docs = ['v0', 'v1', 'v2', 'v3', 'x'].map(
      (id) => new Document<PassageMetadata>({ pageContent: id, metadata: { articleId: id, start: 0, end: 1, seq: 0 } }),
    );
    // The vector list ranks v0..v3 only; BM25 ranks x first, by far, then the same four.
    const store = {
      similaritySearchWithScore: async () => docs.slice(0, 4).map((d, i) => [d, 0.1 * i] as [Document, number]),
    } as unknown as HNSWLib;
    const bm25Hits = [docs[4]!, ...docs.slice(0, 4)].map((doc, i) => ({ doc, score: i === 0 ? 50 : 5 - i }));
    const lexical: LexicalIndex = { search: async () => bm25Hits };
    const retriever = new HybridRetriever({ store, lexical, total: 5, k: 3, termsOf: () => [] });
    const fused = await retriever.passages('q');
    // Rank fusion alone puts x fifth (1/61 against 0.5/61 + 1/62 and so on): cut at k = 3, it would be lost.
    expect(fused.slice(0, 3).map((p) => p.doc.metadata.articleId)).toEqual(['v0', 'v1', 'v2']);
    expect(fused.map((p) => p.doc.metadata.articleId)).toContain('x');
    expect(fused.map((p) => p.doc.metadata.articleId)).not.toContain('v3');
  });

  it('asks the vector store for no more passages than it holds', async () => {
    const { store, lexical, termsOf } = await setup();
    const hits = await new HybridRetriever({ store, lexical, total: 2, k: 12, termsOf }, 12, 'vector').invoke(
      'Rusland',
    );
    expect(hits.length).toBe(2);
  });
});
