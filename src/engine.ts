import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Document } from '@langchain/core/documents';
import type { VectorStoreInterface } from '@langchain/core/vectorstores';
import type { AnswerContext } from './answer/candidates.js';
import { compose, type Ranked } from './answer/compose.js';
import { type LexiconGap, lexiconGaps } from './answer/lexicon-gaps.js';
import { analyse, type Question } from './answer/question.js';
import { type Reranker, rerank } from './answer/rerank.js';
import { type ArticleStats, articleStats, CorpusStats, type CorpusStatsData, STATS_VERSION } from './answer/stats.js';
import { probeVersions } from './answer/stats-probe.js';
import { TextView } from './answer/text-view.js';
import type { Answer } from './answer/types.js';
import { type Config, ConfigError } from './config.js';
import { type AliasSpec, loadAliases } from './corpus/aliases.js';
import type { Article, ArticleError, FileStat } from './corpus/article.js';
import { loadGlossary } from './corpus/glossary.js';
import { loadCorpus } from './corpus/load.js';
import { createEmbeddings } from './embed/create.js';
import { createReranker } from './embed/reranker.js';
import type { BronEmbeddings } from './embed/types.js';
import { type GenerateContext, type GenerateOptions, llmGenerator } from './generate/index.js';
import { readCombinedStats, readStats, type StatsSpec } from './index/article-stats.js';
import { type BuildProgress, type BuildResult, buildIndex } from './index/build.js';
import { type BuildLock, ReindexBusyError, withBuildLock } from './index/lock.js';
import { type HnswParams, type Manifest, type SplitParams, staleness } from './index/manifest.js';
import { currentIndexDir, IndexCorruptError, IndexMissingError, type LoadedStore, loadStore } from './index/store.js';
import type { PassageMetadata } from './ingest/passages.js';
import type { LexiconEntries } from './lang/lexicon.js';
import { log } from './log.js';
import type { Bm25Hit, Bm25Index } from './retrieve/bm25.js';
import { HybridRetriever, type LexicalIndex, type RetrievalMode, type RetrievedPassage } from './retrieve/hybrid.js';
import type { PgIndex, PgLoaded } from './store/pg.js';
import type { WeightedTerm } from './text/expand.js';
import { cleanQuestion } from './text/sanitize.js';

export type EngineConfig = Pick<
  Config,
  | 'CORPUS_DIR'
  | 'INDEX_DIR'
  | 'HNSW_M'
  | 'HNSW_EF_CONSTRUCTION'
  | 'HNSW_EF_SEARCH'
  | 'RETRIEVE_K'
  | 'MAX_QUESTION_CHARS'
> &
  Partial<Pick<Config, 'MAX_ARTICLE_BYTES'>> &
  Partial<Pick<Config, 'VECTOR_STORE' | 'DATABASE_URL'>> &
  Parameters<typeof createEmbeddings>[0] &
  Parameters<typeof createReranker>[0] &
  Pick<Config, 'RERANKER_TOP'>;

/** Everything one question needs, swapped as a whole when a reindex finishes, so no question sees half an index. */
export interface Snapshot {
  manifest: Manifest;
  /** HNSWLib, or LangChain's PGVectorStore with VECTOR_STORE=pgvector. */
  store: VectorStoreInterface & (LoadedStore['store'] | PgLoaded['store']);
  dir: string;
  articles: Map<string, Article>;
  /** The index's passages, read on demand (a loaded index holds their offsets, not their text). */
  passages: PassageView;
  /** Full-text ranking over the passages: the index's BM25, or Postgres full-text with pgvector. */
  lexical: LexicalIndex;
  /** The local BM25 index (hnsw store only), the base of the next incremental build. */
  bm25?: Bm25Index;
  /** Sentences of the articles, split on demand for the articles a question's passages come from. */
  sentences: TextView;
  /** Loads these articles' bodies ahead of reading them (pgvector: one query); absent when they are read from disk. */
  prefetch?: (articleIds: string[]) => Promise<void>;
  /** What the answerer learnt from the corpus: word frequencies, names, their spelling variants and titles. */
  stats: CorpusStats;
  corpusErrors: ArticleError[];
  loadedAt: Date;
}

export { ReindexBusyError };

/** The passages of a snapshot: how many, and (local index) each one, read on demand. */
export interface PassageView {
  readonly size: number;
  values(): Iterable<Document<PassageMetadata>>;
}

export interface ReindexResult {
  mode: BuildResult['mode'];
  embedded: string[];
  removed: string[];
  passages: number;
  corpusErrors: ArticleError[];
  ms: number;
}

/** What either store's build reports back to /reindex and the CLI. */
function reindexResult(
  built: Pick<BuildResult, 'mode' | 'embedded' | 'removed'> & { manifest: { passageCount: number } },
  corpusErrors: ArticleError[],
  t0: number,
): ReindexResult {
  const { mode, embedded, removed } = built;
  return { mode, embedded, removed, passages: built.manifest.passageCount, corpusErrors, ms: performance.now() - t0 };
}

export interface AskOptions extends GenerateOptions {
  mode?: RetrievalMode;
  k?: number;
}

/**
 * What the engine needs of an answer generator: given the extractive answer and what was retrieved, the answer to
 * show instead (or the extractive one). src/generate's LLM generator is one; the engine only calls it.
 */
export interface AnswerGenerator {
  answer(ctx: GenerateContext, opts: GenerateOptions): Promise<Answer>;
}

export interface OpenOptions {
  onProgress?: (p: BuildProgress) => void;
  embeddings?: BronEmbeddings;
  signal?: AbortSignal;
  /** Replaces the extractive answer; default: the LLM generator LLM_PROVIDER configures (none by default). */
  generator?: AnswerGenerator;
  /** Replaces the cross-encoder RERANKER configures; null for none. */
  reranker?: Reranker | null;
}

/** Passages a question retrieves: every article's figure for a quantity is the answer, so counts read deeper. */
export function retrievalDepth(q: Question, base: number): number {
  return (q.kind === 'count' || q.kind === 'amount' ? 2 : 1) * base;
}

export const SPLIT: SplitParams = { chunkSize: 600, chunkOverlap: 150 };

let statsVersions: { of: string; combined: string } | undefined;
const versions = () => (statsVersions ??= probeVersions(STATS_VERSION, articleStats, CorpusStats.combine));

/**
 * The answerer's statistics, stored with the index per article (for the next build) and combined (what open reads).
 * Their version is STATS_VERSION (bumped by hand when what they compute changes, including in the functions
 * articleStats and combine call) with a hash of what they compute on a fixed sample as a safety net: either change
 * makes stored statistics stale, and they are computed again. Worked out on first use, not at import.
 */
export const STATS_SPEC: StatsSpec = {
  get version() {
    return versions().of;
  },
  of: articleStats,
  get combinedVersion() {
    return versions().combined;
  },
  combine: (list) => CorpusStats.combine(list as ArticleStats[]),
};

/**
 * The store as a view that finds only passages of `ids`: an outdated index served after a failed rebuild must not
 * quote articles that changed since (their passages' offsets no longer match the text). The files are untouched.
 */
function onlyArticles(store: LoadedStore['store'], ids: Set<string>): LoadedStore['store'] {
  const view = Object.create(store) as LoadedStore['store'];
  view.similaritySearchVectorWithScore = (query, k, filter) =>
    store.similaritySearchVectorWithScore(
      query,
      k,
      (doc) => ids.has((doc as Document<PassageMetadata>).metadata.articleId) && (!filter || filter(doc)),
    );
  return view;
}

/**
 * Build failures after which the index on disk, which a failed build never touches, is still worth serving: the disk
 * or quota is full, the folder is read-only, the build lock was lost, another process holds the lock.
 */
function keepServing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException)?.code;
  const name = (err as Error)?.name;
  return (
    ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EFBIG'].includes(code ?? '') ||
    name === 'BuildLockLostError' ||
    name === 'ReindexBusyError'
  );
}

/** The index on disk, or undefined (said in the log) when it is missing or damaged and must be built. */
async function loadIfIntact(
  indexDir: string,
  embeddings: BronEmbeddings,
  efSearch: number,
): Promise<LoadedStore | undefined> {
  try {
    return await loadStore(indexDir, embeddings, efSearch);
  } catch (err) {
    if (err instanceof IndexMissingError) log.info(`building the index: ${err.message}`);
    else if (err instanceof IndexCorruptError) log.warn(`rebuilding the index: ${err.message}`);
    else throw err;
    return undefined;
  }
}

/**
 * The question-answering engine: corpus → index → retrieve → answer. It knows nothing of Discord or the CLI.
 * Reindexing builds a new index on disk and swaps it in; questions keep using the old snapshot until then.
 */
export class Engine {
  private current: Snapshot;
  private reindexing: Promise<ReindexResult> | undefined;
  /** Set with VECTOR_STORE=pgvector: the Postgres store (src/store/pg.ts) instead of the files under INDEX_DIR. */
  private pg: PgIndex | undefined;
  /** With pgvector: the generation behind `current` (its table is the one questions read). */
  private pgLoaded: PgLoaded | undefined;
  /** What corpus/aliases.yaml declares, read with the corpus. */
  private aliases: AliasSpec[] = [];
  /** What corpus/glossary.tsv gives, read with the corpus. */
  private glossary: LexiconEntries = new Map();
  /** With pgvector: the check for a newer generation in progress (see live()). */
  private checking: Promise<void> | undefined;
  /** The cross-encoder that rescores the best units of each answer (RERANKER), if any. */
  private reranker: Reranker | undefined;

  private constructor(
    readonly cfg: EngineConfig,
    readonly embeddings: BronEmbeddings,
    snapshot: Snapshot,
    private readonly generator: AnswerGenerator | undefined,
  ) {
    this.current = snapshot;
  }

  /** Loads the index, (re)building it first when it is missing, damaged or out of date with the corpus. */
  static async open(cfg: EngineConfig, opts: OpenOptions = {}): Promise<Engine> {
    const generator = opts.generator ?? llmGenerator(cfg); // checks the LLM_* settings before any index work
    const embeddings = opts.embeddings ?? (await createEmbeddings(cfg));
    const engine = new Engine(cfg, embeddings, undefined as unknown as Snapshot, generator);
    engine.reranker = opts.reranker === undefined ? await createReranker(cfg) : (opts.reranker ?? undefined);
    if (cfg.VECTOR_STORE === 'pgvector') return engine.openPg(opts.onProgress);
    const loaded = await loadIfIntact(engine.indexDir, embeddings, cfg.HNSW_EF_SEARCH);
    // Files unchanged since the index read them are not read again: their articles come from the index.
    const corpus = await engine.readCorpus(loaded?.store.articles);
    if (loaded) {
      const stale = staleness(loaded.manifest, corpus.articles, embeddings, engine.hnsw, SPLIT);
      // Written again without embedding anything; until then every open would combine the per-article ones.
      if (loaded.manifest.stats !== STATS_SPEC.combinedVersion)
        stale.reasons.push('the answerer statistics were stored by another version of Bron');
      if (stale.reasons.length === 0) {
        engine.current = await engine.snapshot(loaded, corpus.articles, corpus.errors);
        return engine;
      }
      log.info(`updating the index: ${stale.reasons.join('; ')}`);
    }
    let built: BuildResult;
    try {
      built = await engine.withBuildLock(
        async (lock) =>
          buildIndex({
            indexDir: engine.indexDir,
            articles: corpus.articles,
            embeddings,
            hnsw: engine.hnsw,
            split: SPLIT,
            previous: await engine.latestPrevious(loaded),
            onProgress: opts.onProgress,
            signal: lock.signal,
            beforePublish: lock.verify,
            stats: STATS_SPEC,
          }),
        opts.signal,
      );
    } catch (err) {
      if (!loaded || !keepServing(err) || opts.signal?.aborted) throw err;
      // The index on disk is intact: serve it (only the articles it still matches) rather than nothing.
      log.warn(`could not update the index (${(err as Error).message}); serving the previous one from ${loaded.dir}`);
      const unchanged = corpus.articles.filter((a) => loaded.manifest.articles[a.id]?.hash === a.hash);
      const ids = new Set(unchanged.map((a) => a.id));
      engine.current = await engine.snapshot(
        { ...loaded, store: onlyArticles(loaded.store, ids) },
        unchanged,
        corpus.errors,
      );
      return engine;
    }
    engine.current = await engine.snapshot(built, corpus.articles, corpus.errors);
    return engine;
  }

  /**
   * VECTOR_STORE=pgvector: connect, load the live generation, and build or update it when stale. Corpus files
   * unchanged since the generation read them are not read: their articles and the answerer statistics come from it.
   */
  private async openPg(onProgress?: (p: BuildProgress) => void): Promise<Engine> {
    const { PgIndex } = await import('./store/pg.js');
    if (!this.cfg.DATABASE_URL)
      throw new ConfigError('DATABASE_URL is required when VECTOR_STORE=pgvector (see docs/postgres.md)');
    const pgIndex = await PgIndex.connect(this.cfg.DATABASE_URL, this.cfg.HNSW_EF_SEARCH, { stats: STATS_SPEC });
    this.pg = pgIndex;
    try {
      let loaded: PgLoaded | undefined;
      try {
        loaded = await pgIndex.load(this.embeddings);
      } catch (err) {
        if (err instanceof IndexMissingError) log.info(`building the index: ${err.message}`);
        else if (err instanceof IndexCorruptError) log.warn(`rebuilding the index: ${err.message}`);
        else throw err;
      }
      const corpus = await this.readCorpus(loaded?.articles);
      if (loaded) {
        const stale = staleness(loaded.manifest, corpus.articles, this.embeddings, this.hnsw, SPLIT);
        if (stale.reasons.length === 0) {
          if (!loaded.stats) loaded = await this.completePg(pgIndex, loaded, corpus.articles);
          this.current = this.pgSnapshot(loaded, corpus.articles, corpus.errors);
          return this;
        }
        log.info(`updating the index: ${stale.reasons.join('; ')}`);
      }
      const built = await pgIndex.withLock(() =>
        pgIndex.build({
          articles: corpus.articles,
          embeddings: this.embeddings,
          hnsw: this.hnsw,
          split: SPLIT,
          previous: loaded,
          onProgress,
        }),
      );
      this.current = this.pgSnapshot(built, corpus.articles, corpus.errors);
      return this;
    } catch (err) {
      await pgIndex.close();
      throw err;
    }
  }

  /**
   * A generation without the answerer statistics of this version (built by an older Bron): they are stored with it
   * now, with the articles' bodies, so the next open reads them. If that fails this process computes them itself.
   */
  private async completePg(pgIndex: PgIndex, loaded: PgLoaded, articles: Article[]): Promise<PgLoaded> {
    log.info(`storing the answerer statistics with index generation ${loaded.generation}`);
    try {
      return await pgIndex.withLock(() => pgIndex.complete(loaded, articles, this.embeddings));
    } catch (err) {
      log.warn(`could not store the answerer statistics in Postgres: ${(err as Error).message}`);
      return loaded;
    }
  }

  private pgSnapshot(loaded: PgLoaded, articles: Article[], corpusErrors: ArticleError[]): Snapshot {
    const byId = loaded.articles.view(articles);
    this.pgLoaded = loaded;
    const stats = loaded.stats
      ? new CorpusStats(loaded.stats.data as CorpusStatsData, this.aliases, this.glossary)
      : CorpusStats.fromArticles(byId.values(), this.aliases, this.glossary);
    return {
      manifest: loaded.manifest,
      store: loaded.store,
      dir: loaded.dir,
      articles: byId,
      passages: {
        size: loaded.manifest.passageCount,
        values: () => {
          throw new Error(`the passages are in Postgres (${loaded.table}); query them there`);
        },
      },
      lexical: loaded.bm25,
      sentences: new TextView(byId),
      prefetch: (ids) => loaded.articles.prefetch(ids),
      stats,
      corpusErrors,
      loadedAt: new Date(),
    };
  }

  /**
   * Switches to the index another process published since this one was loaded (a /reindex on another shard of the
   * bot), with the corpus as it is now. Builds and embeds nothing; false when the live index is already the one in
   * use, or a reindex is running here. Questions in flight finish on the snapshot they started with.
   */
  async refresh(): Promise<boolean> {
    if (this.reindexing) return false;
    if (this.pg) {
      const loaded = await this.pg.load(this.embeddings);
      if (loaded.generation === this.pgLoaded?.generation) return false;
      const corpus = await this.readCorpus(loaded.articles);
      this.current = this.pgSnapshot(loaded, corpus.articles, corpus.errors);
      return true;
    }
    const live = await currentIndexDir(this.indexDir);
    if (!live || live === this.current.dir) return false;
    const loaded = await loadStore(this.indexDir, this.embeddings, this.cfg.HNSW_EF_SEARCH);
    const corpus = await this.readCorpus(loaded.store.articles);
    this.current = await this.snapshot(loaded, corpus.articles, corpus.errors);
    return true;
  }

  /**
   * The snapshot a question should use. With pgvector, another process may have published a generation since this one
   * loaded (its own table may be dropped after the grace period), so the live generation is checked first: one small
   * query, shared by the questions that arrive while it runs. If the check fails the question runs on what is loaded.
   */
  private async live(): Promise<Snapshot> {
    const pg = this.pg;
    if (pg && !this.reindexing) {
      this.checking ??= pg
        .liveGeneration()
        .then(async (g) => {
          if (g !== undefined && g !== this.pgLoaded?.generation && (await this.refresh()))
            log.info(`switched to index generation ${g}, published by another process`);
        })
        .catch((err: unknown) => log.warn(`could not check for a newer index generation: ${(err as Error).message}`))
        .finally(() => {
          this.checking = undefined;
        });
      await this.checking;
    }
    return this.current;
  }

  /** Releases what the engine holds open (the Postgres pool with VECTOR_STORE=pgvector; nothing for hnsw). */
  async close(): Promise<void> {
    await this.pg?.close();
    this.pg = undefined;
  }

  get snapshotInfo(): Snapshot {
    return this.current;
  }

  get isReindexing(): boolean {
    return this.reindexing !== undefined;
  }

  private get indexDir(): string {
    return resolve(this.cfg.INDEX_DIR);
  }

  private get hnsw(): HnswParams {
    return { m: this.cfg.HNSW_M, efConstruction: this.cfg.HNSW_EF_CONSTRUCTION, efSearch: this.cfg.HNSW_EF_SEARCH };
  }

  /** The corpus as it is now; with `articles`, files unchanged since the index read them come from it (not read). */
  private async readCorpus<R extends { file: string; stat?: FileStat }>(articles?: {
    records(): Iterable<R>;
    lazy(r: R): Article;
  }) {
    const byFile = new Map([...(articles?.records() ?? [])].map((r) => [r.file, r]));
    const reuse = (file: string, st: FileStat) => {
      const r = byFile.get(file);
      return r?.stat && r.stat.size === st.size && r.stat.mtimeMs === st.mtimeMs && r.stat.ctimeMs === st.ctimeMs
        ? articles!.lazy(r)
        : undefined;
    };
    const corpus = await loadCorpus(this.cfg.CORPUS_DIR, process.cwd(), {
      reuse,
      maxBytes: this.cfg.MAX_ARTICLE_BYTES,
    });
    for (const e of corpus.errors) log.warn({ file: e.file, field: e.field }, `skipped ${e.file}: ${e.message}`);
    const aliases = await loadAliases(this.cfg.CORPUS_DIR);
    const glossary = await loadGlossary(this.cfg.CORPUS_DIR);
    const ignored = [...aliases.errors, ...glossary.errors];
    for (const e of ignored) log.warn({ file: e.file }, `ignored ${e.file}: ${e.message}`);
    this.aliases = aliases.aliases;
    this.glossary = glossary.glossary;
    if (corpus.articles.length === 0)
      throw new Error(`no usable articles in ${resolve(this.cfg.CORPUS_DIR)} (${corpus.errors.length} rejected)`);
    // What an admin edits beside the articles is reported with them: /reindex and `npm run index` show a bad line.
    return { ...corpus, errors: [...corpus.errors, ...ignored] };
  }

  private async snapshot(loaded: LoadedStore, articles: Article[], corpusErrors: ArticleError[]): Promise<Snapshot> {
    const { bm25, store } = loaded;
    const index = store.articles;
    if (!index) throw new Error('unreachable: a loaded index without its articles');
    // The index's own articles (the ones its passages were cut from, bodies read on demand); after a failed rebuild,
    // only those the corpus still matches (see onlyArticles).
    let byId = index.articles();
    if (articles.length !== byId.size) {
      const keep = new Set(articles.map((a) => a.id));
      byId = new Map([...byId].filter(([id]) => keep.has(id)));
    }
    const stats = await this.loadStats(loaded.dir, byId, byId.size === index.size);
    const docOf = (label: number) => store.docstore.search(String(label)) as Document<PassageMetadata>;
    const passages: PassageView = {
      size: loaded.manifest.passageCount,
      values: function* () {
        for (const l of store.passages.labels()) {
          const doc = docOf(l);
          if (byId.has(doc.metadata.articleId)) yield doc;
        }
      },
    };
    const hits = (list: Bm25Hit[]) =>
      list.map((h) => ({ doc: docOf(h.label), score: h.score })).filter((h) => byId.has(h.doc.metadata.articleId));
    const lexical: LexicalIndex = {
      search: async (terms, k) => hits(bm25.query(terms, k)),
      searchWithBestPerGroup: async (terms, k) => {
        const found = bm25.queryWithBestPerGroup(terms, k);
        return { hits: hits(found.hits), perGroup: hits(found.perGroup) };
      },
    };
    return {
      manifest: loaded.manifest,
      store: loaded.store,
      dir: loaded.dir,
      articles: byId,
      passages,
      lexical,
      bm25,
      sentences: new TextView(byId),
      stats,
      corpusErrors,
      loadedAt: new Date(),
    };
  }

  /**
   * The answerer's statistics of `articles` as the build stored them: combined when they are all the index's articles,
   * else (after a failed rebuild, only those the corpus still matches) combined here from the per-article ones; from
   * the bodies only for an index stored without them.
   */
  private async loadStats(dir: string, articles: Map<string, Article>, whole: boolean): Promise<CorpusStats> {
    const combined = whole ? await readCombinedStats(dir, STATS_SPEC.combinedVersion, articles.size) : undefined;
    if (combined) return new CorpusStats(combined as CorpusStatsData, this.aliases, this.glossary);
    const stored = await readStats(dir, STATS_SPEC.version, [...articles.keys()]);
    if (stored) return new CorpusStats(CorpusStats.combine(stored as ArticleStats[]), this.aliases, this.glossary);
    return CorpusStats.fromArticles(articles.values(), this.aliases, this.glossary);
  }

  /** Retrieval only (for evaluation and benchmarks). */
  async retrieve(question: string, opts: AskOptions = {}): Promise<RetrievedPassage[]> {
    const snap = await this.live();
    const { text } = cleanQuestion(question, this.cfg.MAX_QUESTION_CHARS);
    return this.retriever(snap, opts).passages(text);
  }

  /**
   * Hybrid retrieval over a snapshot, as a LangChain retriever (src/retrieve/hybrid.ts); BM25 reads the terms the
   * answerer's analysis of the question gives (`terms`, or the analysis of the query).
   */
  retriever(snap: Snapshot = this.current, opts: AskOptions & { terms?: WeightedTerm[] } = {}): HybridRetriever {
    const k = opts.k ?? this.cfg.RETRIEVE_K;
    const total = snap.manifest.passageCount;
    const termsOf = (query: string) => opts.terms ?? analyse(query, snap.stats).retrieval;
    const e = this.embeddings;
    const embedQuery = e.embedQueryWith ? (query: string) => e.embedQueryWith!(query, snap.stats.lexicon) : undefined;
    return new HybridRetriever(
      { store: snap.store, lexical: snap.lexical, total, k, termsOf, embedQuery },
      k,
      opts.mode,
    );
  }

  /**
   * Answers a question with verbatim quotes, or refuses when the articles don't cover it. Throws QuestionError for
   * unusable input.
   */
  async ask(question: string, opts: AskOptions = {}): Promise<Answer> {
    const snap = await this.live(); // one snapshot for the whole question, even if a reindex swaps meanwhile
    const { text, notice } = cleanQuestion(question, this.cfg.MAX_QUESTION_CHARS);
    const t0 = performance.now();
    const q = analyse(text, snap.stats);
    const k = opts.k ?? retrievalDepth(q, this.cfg.RETRIEVE_K);
    const retrieved = await this.retriever(snap, { ...opts, k, terms: q.retrieval }).passages(text);
    await this.prefetch(snap, retrieved);
    const t1 = performance.now();
    const ctx: AnswerContext = { view: snap.sentences, stats: snap.stats };
    const ranked = await this.rerank(q, retrieved, ctx);
    const t2 = performance.now();
    const composed = compose(q, retrieved, ctx, ranked);
    const t3 = performance.now();
    const answer: Answer = {
      question: text,
      language: q.lang,
      ...composed,
      ...(notice ? { notice } : {}),
      timings: { retrieveMs: t1 - t0, composeMs: t3 - t2, ...(ranked ? { rerankMs: t2 - t1 } : {}) },
    };
    // No generator (LLM_PROVIDER=none): the extractive answer as is.
    return this.generator ? this.generator.answer({ extractive: answer, retrieved, snapshot: snap }, opts) : answer;
  }

  /** The retrieved passages' article bodies, loaded ahead (pgvector); if that fails they are read as needed. */
  private async prefetch(snap: Snapshot, retrieved: RetrievedPassage[]): Promise<void> {
    try {
      await snap.prefetch?.(retrieved.map((p) => p.doc.metadata.articleId));
    } catch (err) {
      log.warn(`could not load the retrieved articles' text: ${(err as Error).message}`);
    }
  }

  /** The units ranked with the reranker's help; undefined without one, or when it fails (the lexical ranking then). */
  private async rerank(q: Question, retrieved: RetrievedPassage[], ctx: AnswerContext): Promise<Ranked | undefined> {
    if (!this.reranker) return undefined;
    try {
      return await rerank(q, retrieved, ctx, { reranker: this.reranker, top: this.cfg.RERANKER_TOP });
    } catch (err) {
      log.warn(`reranker ${this.reranker.id} failed, answering without it: ${(err as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  /**
   * The current articles' most widespread words no question in another language reaches through the corpus's
   * lexicon (its glossary over the shipped one): what an admin should add to corpus/glossary.tsv first.
   */
  lexiconGaps(limit: number): Promise<LexiconGap[]> {
    const snap = this.current;
    return lexiconGaps([...snap.articles.values()], snap.stats.lexicon, { limit, stats: snap.stats });
  }

  /** The cross-encoder in use (RERANKER), if any. */
  get rerankerId(): string | undefined {
    return this.reranker?.id;
  }

  /**
   * Re-reads the corpus and updates the index (only changed articles are embedded), then swaps it in.
   * One reindex at a time: in this process a second call is refused, across processes a lock file serialises them.
   */
  async reindex(opts: { onProgress?: (p: BuildProgress) => void; signal?: AbortSignal } = {}): Promise<ReindexResult> {
    if (this.reindexing) throw new ReindexBusyError('a reindex is already running');
    const t0 = performance.now();
    this.reindexing = (async () => {
      const snap = this.current;
      const corpus = this.pg
        ? await this.readCorpus(this.pgLoaded?.articles)
        : await this.readCorpus((snap.store as LoadedStore['store']).articles);
      if (this.pg) return this.reindexPg(corpus, t0, opts.onProgress);
      const built = await this.withBuildLock(
        async (lock) =>
          buildIndex({
            indexDir: this.indexDir,
            articles: corpus.articles,
            embeddings: this.embeddings,
            hnsw: this.hnsw,
            split: SPLIT,
            previous: await this.latestPrevious({
              store: snap.store as LoadedStore['store'],
              bm25: snap.bm25!,
              manifest: snap.manifest,
              dir: snap.dir,
            }),
            onProgress: opts.onProgress,
            signal: lock.signal,
            beforePublish: lock.verify,
            stats: STATS_SPEC,
          }),
        opts.signal,
      );
      this.current = await this.snapshot(built, corpus.articles, corpus.errors);
      return reindexResult(built, corpus.errors, t0);
    })();
    try {
      return await this.reindexing;
    } finally {
      this.reindexing = undefined;
    }
  }

  private async reindexPg(
    corpus: Awaited<ReturnType<Engine['readCorpus']>>,
    t0: number,
    onProgress?: (p: BuildProgress) => void,
  ): Promise<ReindexResult> {
    const pgIndex = this.pg!;
    const previous = this.pgLoaded;
    const built = await pgIndex.withLock(() =>
      pgIndex.build({
        articles: corpus.articles,
        embeddings: this.embeddings,
        hnsw: this.hnsw,
        split: SPLIT,
        previous,
        onProgress,
      }),
    );
    this.current = this.pgSnapshot(built, corpus.articles, corpus.errors);
    return reindexResult(built, corpus.errors, t0);
  }

  /**
   * Called under the build lock: the index to update from. Another process may have published a newer index since
   * `previous` was loaded, and publishing deletes older index folders, so building from `previous` would read files
   * that are gone (ENOENT on a reindex after `npm run index` ran beside the bot). Then the live index is loaded again;
   * if it cannot be, the build is a full one.
   */
  private async latestPrevious(previous: LoadedStore | undefined): Promise<LoadedStore | undefined> {
    // A damaged pointer counts as no live index: this build overwrites it.
    const live = await currentIndexDir(this.indexDir).catch(() => undefined);
    if (!live || live === previous?.dir) {
      // Building from `previous` reads its folder again: if the index folder was deleted meanwhile, build in full.
      return previous && (await stat(previous.dir).catch(() => undefined)) ? previous : undefined;
    }
    return loadStore(this.indexDir, this.embeddings, this.cfg.HNSW_EF_SEARCH).catch((err: unknown) => {
      log.warn(`rebuilding the index in full: ${(err as Error).message}`);
      return undefined;
    });
  }

  /** Cross-process lock on the index folder (src/index/lock.ts); a lost lock aborts the build through its signal. */
  private async withBuildLock<T>(fn: (lock: BuildLock) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return withBuildLock(this.indexDir, fn, signal);
  }
}
