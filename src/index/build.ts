import { rm } from 'node:fs/promises';
import type { Article } from '../corpus/article.js';
import type { BronEmbeddings } from '../embed/types.js';
import { createSplitter, type Passage, splitArticle } from '../ingest/passages.js';
import { Bm25Index } from '../retrieve/bm25.js';
import { StatsBuilder, type StatsFiles, type StatsSpec, writeStatsFiles } from './article-stats.js';
import { ArticleStore } from './article-store.js';
import { IndexBuilder, PassageIndex } from './hnsw.js';
import { type HnswParams, MANIFEST_VERSION, type Manifest, type SplitParams, settingsChanged } from './manifest.js';
import { PassageDocstore } from './passage-docstore.js';
import { claimIndexDir, type LoadedStore, newBuildDir, publishStore, removeAbandoned } from './store.js';

export interface BuildProgress {
  phase: 'split' | 'embed' | 'write';
  done: number;
  total: number;
}

export interface BuildOptions {
  indexDir: string;
  articles: Article[];
  embeddings: BronEmbeddings;
  hnsw: HnswParams;
  split: SplitParams;
  /** The index now on disk; unchanged articles keep their vectors from it instead of being embedded again. */
  previous?: LoadedStore;
  batchSize?: number;
  onProgress?: (p: BuildProgress) => void;
  /** Test hook: called between phases so fault-injection tests can stop a build at a known point. */
  checkpoint?: (phase: string) => Promise<void> | void;
  /** Stops the build at its next step (the lock was lost, Ctrl-C); it then removes its folder and publishes nothing. */
  signal?: AbortSignal;
  /** Runs just before the new index goes live and may throw to prevent it (the build lock's verify). */
  beforePublish?: () => Promise<void>;
  /** The answerer's per-article statistics, stored with the index (src/index/article-stats.ts). */
  stats?: StatsSpec;
}

export interface BuildResult extends LoadedStore {
  mode: 'full' | 'incremental' | 'unchanged';
  embedded: string[];
  removed: string[];
}

/** Above this share of dead points an incremental update gives way to a full rebuild, which compacts the graph. */
const MAX_DELETED_SHARE = 0.3;

/**
 * Builds the index into a fresh folder and publishes it atomically. Incremental when the previous index was made with
 * the same embedder and parameters: its graph is read again from its file into a private copy (the serving copy is
 * never touched; see PassageIndex.derive), the changed articles' points are marked deleted, and only their new
 * passages are embedded and added. Publishing links the docstore segments that did not change.
 */
export async function buildIndex(opts: BuildOptions): Promise<BuildResult> {
  await claimIndexDir(opts.indexDir);
  await removeAbandoned(opts.indexDir);
  running++;
  try {
    return await build({ ...opts, checkpoint: withFaultHook(opts.checkpoint) });
  } finally {
    running--;
  }
}

let running = 0;
/** Builds running in this process (a CLI's Ctrl-C waits for them to stop and clean up; otherwise it exits at once). */
export const buildsRunning = (): number => running;

/**
 * Lets the event loop run between steps of a build (signal handlers, timers, questions of the bot), then stops the
 * build if it was aborted. Every await of the embedding loop may resolve without ever reaching the event loop, so
 * without this a build of a large corpus kept Ctrl-C and SIGTERM waiting until it finished.
 */
async function step(signal: AbortSignal | undefined): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}

/**
 * Test hook, read only here: BRON_FAULT_AT=<phase> (split, embed, write, published) makes the process SIGKILL itself
 * (or with <phase>:stop, SIGSTOP itself) at that checkpoint, so child-process tests (test/reliability) can check that
 * a crash mid-build leaves a usable index.
 * Unset in normal runs; it has no other effect.
 */
let faulted = false;
function withFaultHook(checkpoint: BuildOptions['checkpoint']): BuildOptions['checkpoint'] {
  const at = process.env.BRON_FAULT_AT;
  if (!at) return checkpoint;
  const [where, how] = at.split(':');
  return async (phase) => {
    await checkpoint?.(phase);
    if (phase !== where || faulted) return;
    faulted = true; // once: a build after a resumed one runs through
    // <phase>:stop freezes the process (SIGSTOP) as a VM suspend would, until the test sends SIGCONT.
    process.kill(process.pid, how === 'stop' ? 'SIGSTOP' : 'SIGKILL');
  };
}

async function build(opts: BuildOptions): Promise<BuildResult> {
  const t0 = performance.now();
  const plan = planBuild(opts);
  if (plan.unchanged) {
    // Nothing to do: publishing a copy would only make every other process load it again.
    plan.unchanged.store.index.setEf(opts.hnsw.efSearch);
    return { ...plan.unchanged, mode: 'unchanged', embedded: [], removed: [] };
  }
  const passages = await splitChanged(opts, plan.toEmbed);
  const target = await openTarget(opts, plan, passages.length);
  // Compaction: a full rebuild re-embeds everything, so plan every article.
  if (!target) return build({ ...opts, previous: undefined });
  const { store, bm25, statsFiles } = await embedAll(opts, plan, passages, target);
  const entries = articleLabels(opts.articles, passages, target.firstLabel, plan.prev);
  const manifest = manifestOf(opts, entries, store, target.deletedCount, t0);
  const dir = await publish(opts, plan.prev, store, bm25, statsFiles, entries, manifest);
  await opts.checkpoint?.('published');
  // Serve from the published files: passages by offset, bodies on demand, not the build's texts in memory.
  store.articles = await ArticleStore.open(dir);
  store.docstore = await PassageDocstore.load(dir, store.articles, store.index.getCurrentCount());
  store.index.setEf(opts.hnsw.efSearch);
  opts.onProgress?.({ phase: 'write', done: 1, total: 1 });
  return { store, bm25, manifest, dir, mode: target.mode, embedded: plan.changedIds, removed: plan.removedIds };
}

/** What a build must do: the previous index it may keep from, the articles to embed, those to remove. */
interface BuildPlan {
  prev?: LoadedStore;
  changedIds: string[];
  removedIds: string[];
  toEmbed: Article[];
  /** The previous index, when nothing changed. */
  unchanged?: LoadedStore;
}

function planBuild(opts: BuildOptions): BuildPlan {
  const { articles, embeddings, hnsw, split, previous } = opts;
  const prev =
    previous && settingsChanged(previous.manifest, embeddings, hnsw, split).length === 0 ? previous : undefined;
  const changedIds = articles.filter((a) => prev?.manifest.articles[a.id]?.hash !== a.hash).map((a) => a.id);
  const changedSet = new Set(changedIds);
  const currentIds = new Set(articles.map((a) => a.id));
  const removedIds = prev ? Object.keys(prev.manifest.articles).filter((id) => !currentIds.has(id)) : [];
  const sameFiles = articles.every((a) => prev?.manifest.articles[a.id]?.file === a.file);
  // Statistics of another version (or none) are written again, even when no article changed: open reads only these.
  const sameStats = !opts.stats || prev?.manifest.stats === opts.stats.combinedVersion;
  const unchanged = prev && changedIds.length === 0 && removedIds.length === 0 && sameFiles && sameStats;
  const toEmbed = articles.filter((a) => changedSet.has(a.id));
  return { prev, changedIds, removedIds, toEmbed, ...(unchanged ? { unchanged: prev } : {}) };
}

async function splitChanged(opts: BuildOptions, toEmbed: Article[]): Promise<Passage[]> {
  const splitter = createSplitter(opts.split);
  const passages: Passage[] = [];
  for (const [i, a] of toEmbed.entries()) {
    await step(opts.signal);
    passages.push(...(await splitArticle(a, splitter)));
    opts.onProgress?.({ phase: 'split', done: i + 1, total: toEmbed.length });
  }
  await opts.checkpoint?.('split');
  return passages;
}

/** Where the new passages go: the previous graph (incremental) or a new one built on a worker thread (full). */
interface Target {
  mode: BuildResult['mode'];
  store?: PassageIndex;
  builder?: IndexBuilder;
  deletedCount: number;
  staleLabels: number[];
  /** New passages get the labels after the graph's last point, in order; BM25 names them by the same labels. */
  firstLabel: number;
}

/** The target, or undefined when the previous graph would hold too many dead points: then compact (full rebuild). */
async function openTarget(opts: BuildOptions, plan: BuildPlan, added: number): Promise<Target | undefined> {
  const { prev, changedIds, removedIds } = plan;
  const stale = new Set([...changedIds, ...removedIds]);
  const staleLabels: number[] = [];
  for (const r of prev?.store.articles?.records() ?? [])
    if (stale.has(r.id)) for (let l = r.firstLabel; l < r.firstLabel + r.passages; l++) staleLabels.push(l);
  staleLabels.sort((a, b) => a - b);
  const projectedDead = (prev?.manifest.deletedCount ?? 0) + staleLabels.length;
  const projectedTotal = (prev ? prev.store.index.getCurrentCount() : 0) + added;
  if (prev && projectedDead / Math.max(1, projectedTotal) <= MAX_DELETED_SHARE) {
    const mode = changedIds.length || removedIds.length ? 'incremental' : 'unchanged';
    const store = await PassageIndex.derive(prev, opts.embeddings);
    for (const label of staleLabels) store.removePassage(label);
    store.reserve(added);
    return { mode, store, deletedCount: projectedDead, staleLabels, firstLabel: store.index.getCurrentCount() };
  }
  if (prev) return undefined;
  // Large builds insert into the graph on a worker thread while the next batch is embedded here.
  const builder = await IndexBuilder.open(opts.embeddings, opts.embeddings.dimensions, opts.hnsw, added);
  return { mode: 'full', builder, deletedCount: 0, staleLabels, firstLabel: 0 };
}

/** Embeds the new passages into the target, with their BM25 postings and the answerer's statistics alongside. */
async function embedAll(
  opts: BuildOptions,
  plan: BuildPlan,
  passages: Passage[],
  target: Target,
): Promise<{ store: PassageIndex; bm25: Bm25Index; statsFiles?: StatsFiles }> {
  const { builder, firstLabel } = target;
  const batch = opts.batchSize ?? 256;
  const langOf = new Map(plan.toEmbed.map((a) => [a.id, a.language === 'en' ? ('en' as const) : ('nl' as const)]));
  const bm25Builder = plan.prev ? plan.prev.bm25.updater() : Bm25Index.builder();
  // The answerer's statistics cost about as much CPU as embedding: computed here, a share per batch, while the graph
  // worker inserts the batch before, instead of after the graph is done.
  const stats = opts.stats ? await StatsBuilder.open(opts.stats, plan.prev?.dir) : undefined;
  const statsDue = stats ? opts.articles.filter((a) => stats.needs(a)) : [];
  let statsDone = 0;
  let store = target.store;
  try {
    for (let i = 0; i < passages.length; i += batch) {
      await step(opts.signal);
      const slice = passages.slice(i, i + batch);
      const vectors = await opts.embeddings.embedDocuments(slice.map((p) => p.pageContent));
      await step(opts.signal);
      const added = builder ? builder.add(vectors, slice) : store!.addVectors(vectors, slice);
      for (const [j, p] of slice.entries())
        bm25Builder.add({
          label: firstLabel + i + j,
          text: p.pageContent,
          lang: langOf.get(p.metadata.articleId) ?? 'nl',
        });
      const share = Math.ceil((statsDue.length * Math.min(i + batch, passages.length)) / passages.length);
      for (; statsDone < share; statsDone++) stats!.add(statsDue[statsDone]!);
      await added;
      opts.onProgress?.({ phase: 'embed', done: Math.min(i + batch, passages.length), total: passages.length });
      await opts.checkpoint?.('embed');
    }
    // The worker inserts what is still queued and saves the graph; meanwhile this thread lays out the BM25 postings
    // and the statistics files.
    const finishing = builder?.finish();
    finishing?.catch(() => undefined); // awaited below; only the synchronous work may throw first
    const bm25 = bm25Builder.finish(target.staleLabels);
    const statsFiles = stats?.files(opts.articles);
    if (finishing) store = await finishing;
    if (!store) throw new Error('unreachable: no store was built');
    return { store, bm25, ...(statsFiles ? { statsFiles } : {}) };
  } catch (err) {
    await builder?.abort();
    throw err;
  }
}

function manifestOf(
  opts: BuildOptions,
  entries: ReturnType<typeof articleLabels>,
  store: PassageIndex,
  deletedCount: number,
  t0: number,
): Manifest {
  const articles: Manifest['articles'] = {};
  for (const e of entries)
    articles[e.article.id] = { hash: e.article.hash, file: e.article.file, passages: e.passages };
  return {
    version: MANIFEST_VERSION,
    embedder: { id: opts.embeddings.id, dimensions: opts.embeddings.dimensions },
    articles,
    passageCount: store.passages.liveCount,
    deletedCount,
    hnsw: { space: 'cosine', m: opts.hnsw.m, efConstruction: opts.hnsw.efConstruction },
    split: opts.split,
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - t0),
    ...(opts.stats ? { stats: opts.stats.combinedVersion } : {}),
  };
}

/** Writes the build folder and publishes it; on any failure the folder is removed and nothing goes live. */
async function publish(
  opts: BuildOptions,
  prev: LoadedStore | undefined,
  store: PassageIndex,
  bm25: Bm25Index,
  statsFiles: StatsFiles | undefined,
  entries: ReturnType<typeof articleLabels>,
  manifest: Manifest,
): Promise<string> {
  opts.onProgress?.({ phase: 'write', done: 0, total: 1 });
  await step(opts.signal);
  const buildDir = await newBuildDir(opts.indexDir);
  try {
    await opts.checkpoint?.('write');
    if (statsFiles) await writeStatsFiles(buildDir.dir, statsFiles);
    return await publishStore(opts.indexDir, buildDir, store, bm25, { entries, previous: prev }, manifest, async () => {
      await step(opts.signal);
      await opts.beforePublish?.();
    });
  } catch (err) {
    await rm(buildDir.dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * Each article with the labels of its passages: a changed article's new passages were added in order from
 * `firstLabel` (grouped by article, in corpus order); an unchanged one keeps the labels it has in the previous index.
 */
function articleLabels(
  articles: Article[],
  added: Passage[],
  firstLabel: number,
  prev: LoadedStore | undefined,
): { article: Article; firstLabel: number; passages: number }[] {
  const fresh = new Map<string, { first: number; count: number }>();
  for (const [i, p] of added.entries()) {
    const e = fresh.get(p.metadata.articleId);
    if (e) e.count++;
    else fresh.set(p.metadata.articleId, { first: firstLabel + i, count: 1 });
  }
  return articles.map((article) => {
    const e = fresh.get(article.id);
    if (e) return { article, firstLabel: e.first, passages: e.count };
    const old = prev?.store.articles?.record(article.id);
    if (!old) throw new Error(`unreachable: article ${article.id} is neither new nor in the previous index`);
    return { article, firstLabel: old.firstLabel, passages: old.passages };
  });
}
