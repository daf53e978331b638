import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusStats } from '../../src/answer/stats.js';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { STATS } from '../../src/index/article-stats.js';
import { ArticleStore } from '../../src/index/article-store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';

/** The real local embedder, counting the passages it is asked to embed. */
class CountingEmbeddings extends LocalHashEmbeddings {
  documents = 0;
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documents += texts.length;
    return super.embedDocuments(texts);
  }
}

describe('article store', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it('gives back every body verbatim, read on demand, and links unchanged segments into the next build', async () => {
    const { articles } = await loadCorpus('corpus');
    const withAccents = { ...articles[0]!, id: 'accents', body: 'Oekraïne — “Koersk” €10.000 🙂\nTweede regel.\n' };
    const all = [...articles, withAccents];
    const entries = all.map((article, i) => ({ article, firstLabel: i * 100, passages: 3 }));
    const a = join(tmp.dir, 'a');
    const b = join(tmp.dir, 'b');
    for (const d of [a, b]) mkdirSync(d);
    await ArticleStore.write(a, entries);
    const first = await ArticleStore.open(a);
    for (const x of all) expect(first.body(x.id)).toBe(x.body);
    const lazy = first.articles().get('accents')!;
    expect(lazy.title).toBe(withAccents.title);
    expect(lazy.body).toBe(withAccents.body);

    // Next build: one article changed. Its body goes to a new segment; the old segment is the same file (linked).
    const changed: Article = { ...withAccents, body: `${withAccents.body}Derde regel.\n`, hash: 'changed' };
    await ArticleStore.write(
      b,
      entries.map((e) => (e.article.id === 'accents' ? { ...e, article: changed } : e)),
      { store: first, reuse: new Set(all.map((x) => x.id)) },
    );
    const second = await ArticleStore.open(b);
    expect(second.body('accents')).toBe(changed.body);
    for (const x of articles) expect(second.body(x.id)).toBe(x.body);
    expect(
      readdirSync(b)
        .filter((n) => n.startsWith('bodies-'))
        .sort(),
    ).toEqual(['bodies-00000.txt', 'bodies-00001.txt']);
    expect(statSync(join(b, 'bodies-00000.txt')).ino).toBe(statSync(join(a, 'bodies-00000.txt')).ino);
    expect(second.record('accents')).toMatchObject({ segment: 1, firstLabel: all.length * 100 - 100 });
    first.close();
    second.close();
    // A folder deleted under a running process (a reindex elsewhere) stays readable for the store that has it open.
    const third = await ArticleStore.open(b);
    rmSync(b, { recursive: true });
    expect(third.body('accents')).toBe(changed.body);
    expect(third.body(articles[1]!.id)).toBe(articles[1]!.body);
    third.close();
  });

  it('carries unchanged bodies into the next build even when the previous folder was deleted meanwhile', async () => {
    const { articles } = await loadCorpus('corpus');
    const entries = articles.map((article, i) => ({ article, firstLabel: i * 10, passages: 10 }));
    const a = join(tmp.dir, 'gone-a');
    const b = join(tmp.dir, 'gone-b');
    mkdirSync(a);
    mkdirSync(b);
    await ArticleStore.write(a, entries);
    const first = await ArticleStore.open(a);
    rmSync(a, { recursive: true }); // another process published and removed it
    await ArticleStore.write(b, entries, { store: first, reuse: new Set(articles.map((x) => x.id)) });
    const second = await ArticleStore.open(b);
    for (const x of articles) expect(second.body(x.id)).toBe(x.body);
    first.close();
    second.close();
  });

  it('stores the answerer statistics with the index and opens from them, equal to computing them from the bodies', async () => {
    const corpus = copyCorpus(join(tmp.dir, 'stats'));
    const cfg = testConfig({ INDEX_DIR: join(tmp.dir, 'stats-index'), CORPUS_DIR: corpus });
    const engine = await Engine.open(cfg, { embeddings: new CountingEmbeddings() });
    const stored = JSON.parse(readFileSync(join(engine.snapshotInfo.dir, STATS), 'utf8')) as {
      entries: Record<string, { hash: string }>;
    };
    expect(Object.keys(stored.entries).sort()).toEqual([...engine.snapshotInfo.articles.keys()].sort());
    const reopened = await Engine.open(cfg, { embeddings: new CountingEmbeddings() });
    const fresh = CorpusStats.fromArticles(reopened.snapshotInfo.articles.values());
    const s = reopened.snapshotInfo.stats;
    expect(s.total).toBe(fresh.total);
    for (const t of ['soldat', 'rusland', 'koersk', 'rutt', 'noord']) {
      expect(s.df(t), t).toBe(fresh.df(t));
      expect(s.isName(t), t).toBe(fresh.isName(t));
    }
  });

  it('reuses unchanged files from the index without reading them, and sees an edit that keeps the size', async () => {
    const corpus = copyCorpus(tmp.dir);
    const cfg = testConfig({ INDEX_DIR: join(tmp.dir, 'index'), CORPUS_DIR: corpus });
    const engine = await Engine.open(cfg, { embeddings: new CountingEmbeddings() });
    const file = join(corpus, '003-rd-ferme-taal.md');
    const text = readFileSync(file, 'utf8');
    const id = [...engine.snapshotInfo.articles.values()].find((x) => x.file.endsWith('003-rd-ferme-taal.md'))!.id;
    // The served article is the index's copy, its body verbatim from the file.
    expect(text.endsWith(engine.snapshotInfo.articles.get(id)!.body)).toBe(true);

    // A reuse callback sees every file; unchanged ones are not parsed again.
    const seen: string[] = [];
    const again = await loadCorpus(corpus, process.cwd(), {
      reuse: (f, st) => {
        seen.push(f);
        expect(st.size).toBe(statSync(join(process.cwd(), f)).size);
        return undefined;
      },
    });
    expect(seen.length).toBe(again.articles.length);

    const emb = new CountingEmbeddings();
    const reopened = await Engine.open(cfg, { embeddings: emb });
    expect(emb.documents).toBe(0);
    expect(reopened.snapshotInfo.dir).toBe(engine.snapshotInfo.dir);

    // Same length, other words: size alone would miss it; the file's times do not.
    const edited = text.replace('Rutte', 'Ruttx');
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    const emb2 = new CountingEmbeddings();
    const updated = await Engine.open(cfg, { embeddings: emb2 });
    expect(emb2.documents).toBeGreaterThan(0);
    expect(updated.snapshotInfo.articles.get(id)!.body).toContain('Ruttx');
    const [hit] = await updated.retrieve('Ruttx', { mode: 'bm25' });
    expect(hit!.doc.metadata.articleId).toBe(id);
    expect(hit!.doc.pageContent).toBe(
      updated.snapshotInfo.articles.get(id)!.body.slice(hit!.doc.metadata.start, hit!.doc.metadata.end),
    );
  });
});
