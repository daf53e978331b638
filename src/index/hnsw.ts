import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { HNSWLib, type HNSWLibBase } from '@langchain/community/vectorstores/hnswlib';
import type { Document, DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { ArticleStore } from './article-store.js';
import { PassageDocstore } from './passage-docstore.js';

/**
 * LangChain's HNSWLib over a docstore that holds offsets, not text (PassageDocstore), so it scales to 100k+ passages.
 * Search is LangChain's own, so the engine keeps using the `VectorStore` interface. What changes and why:
 *
 * - `addVectors` writes the docstore Map directly. LangChain's `SynchronousInMemoryDocstore.add` checks every new id
 *   against an array copy of all existing ids (`keys.includes`), quadratic in the index size: ~25 s of a 75 s build.
 *   It also resizes the native index once per batch; here the builder reserves room once (`reserve`).
 * - Saved as the graph (`hnswlib.index`, `args.json`) and the passages' offsets (`passages.bin`); the passages' text is
 *   the articles' bodies (src/index/article-store.ts), read when a search returns a passage. A loaded index holds the
 *   graph and two numbers per passage.
 * - `derive` reads only the graph file of the previous index; the passage table is shared with the previous store
 *   (it is never mutated).
 */
const GRAPH = 'hnswlib.index';
const ARGS = 'args.json';

export interface GraphParams {
  m: number;
  efConstruction: number;
}

export class PassageIndex extends HNSWLib {
  /** The articles of a loaded index (bodies on demand); undefined for a build in progress. */
  articles: ArticleStore | undefined;

  get passages(): PassageDocstore {
    return this.docstore as PassageDocstore;
  }

  /** A new, empty cosine index with our M and efConstruction (LangChain would use hnswlib's defaults). */
  static async create(
    embeddings: EmbeddingsInterface,
    dimensions: number,
    { m, efConstruction }: GraphParams,
    capacity = 1024,
  ): Promise<PassageIndex> {
    const { HierarchicalNSW } = await HNSWLib.imports();
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(1, capacity),
      m,
      efConstruction,
      randomSeed: 100,
      allowReplaceDeleted: false,
    });
    return new PassageIndex(embeddings, {
      space: 'cosine',
      numDimensions: dimensions,
      index,
      docstore: new PassageDocstore(),
    });
  }

  /** Loads an index saved by `save`, with its articles (ArticleStore.write). */
  static override async load(directory: string, embeddings: EmbeddingsInterface): Promise<PassageIndex> {
    const args = JSON.parse(await readFile(join(directory, ARGS), 'utf8')) as HNSWLibBase;
    const index = await newGraph(args);
    const [articles] = await Promise.all([ArticleStore.open(directory), index.readIndex(join(directory, GRAPH))]);
    const docstore = await PassageDocstore.load(directory, articles, index.getCurrentCount());
    const store = new PassageIndex(embeddings, {
      space: args.space,
      numDimensions: args.numDimensions,
      index,
      docstore,
    });
    store.articles = articles;
    return store;
  }

  /**
   * A private, writable copy of the published index in `previous.dir` (the serving store is never touched): the graph
   * is read from its file, the passage table is shared with `previous.store`.
   */
  static async derive(
    previous: { store: PassageIndex; dir: string },
    embeddings: EmbeddingsInterface,
  ): Promise<PassageIndex> {
    const args: HNSWLibBase = { space: previous.store.args.space, numDimensions: previous.store.args.numDimensions };
    const index = await newGraph(args);
    await index.readIndex(join(previous.dir, GRAPH));
    const expected = previous.store.index.getCurrentCount();
    if (index.getCurrentCount() !== expected) {
      throw new Error(`index in ${previous.dir} holds ${index.getCurrentCount()} points, the loaded one ${expected}`);
    }
    return new PassageIndex(embeddings, { ...args, index, docstore: previous.store.passages.derive() });
  }

  /** Makes room for `more` points in one resize (the native index copies itself on every resize). */
  reserve(more: number): void {
    const needed = this.index.getCurrentCount() + more;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
  }

  /**
   * Same labels and checks as LangChain's addVectors (label = count before the add + i), without its quadratic
   * docstore add.
   */
  override async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<void> {
    if (vectors.length === 0) return;
    if (vectors.length !== documents.length) throw new Error('Vectors and metadatas must have the same length');
    const dims = this.args.numDimensions;
    if (vectors[0]!.length !== dims)
      throw new Error(`Vectors must have the same length as the number of dimensions (${dims})`);
    const index = this.index;
    const docs = this.docstore._docs;
    const first = index.getCurrentCount();
    this.reserve(vectors.length);
    for (let i = 0; i < vectors.length; i++) {
      if (docs.has(String(first + i))) throw new Error(`Tried to add ids that already exist: ${first + i}`);
    }
    for (let i = 0; i < vectors.length; i++) {
      index.addPoint(vectors[i]!, first + i);
      docs.set(String(first + i), documents[i] as Document);
    }
  }

  /** Marks a point deleted in the graph (it stays in the file until a full rebuild) and drops its passage. */
  removePassage(label: number): void {
    this.index.markDelete(label);
    this.passages.remove(label);
  }

  /** Writes the graph and the passage offsets; the articles are written beside them by the build (ArticleStore). */
  override async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    const graph = this.index.writeIndex(join(directory, GRAPH)); // native, off the main thread
    await this.passages.save(directory, this.index.getCurrentCount());
    await writeFile(
      join(directory, ARGS),
      JSON.stringify({ space: this.args.space, numDimensions: this.args.numDimensions }),
    );
    await graph;
  }
}

async function newGraph(args: HNSWLibBase) {
  const { HierarchicalNSW } = await HNSWLib.imports();
  if (!args.space || args.numDimensions === undefined) throw new Error('args.json lacks space or numDimensions');
  return new HierarchicalNSW(args.space, args.numDimensions);
}

/** Full builds of at least this many passages insert into the graph on a worker thread (see IndexBuilder). */
export const BACKGROUND_MIN_PASSAGES = 2048;
/** How long a closing graph worker may take to finish the point it inserts before it is terminated. */
const CLOSE_GRACE_MS = 10_000;
/** Batches sent to the worker and not yet inserted; bounds the memory of vectors waiting in the queue. */
const MAX_QUEUED_BATCHES = 4;

/**
 * Builds a new PassageIndex. Inserting into the HNSW graph is the slow half of a build (100k passages: ~38 s against
 * ~8 s of local embedding on this machine) and hnswlib-node inserts synchronously on the calling thread, so for large
 * builds the graph lives on a worker thread: the main thread embeds batch n+1 while the worker inserts batch n. The
 * worker then writes the graph to a temporary file and the store reads it back. Same points, same order, same seed:
 * the graph is the one an in-process build makes. Small builds, and places where a worker cannot start, insert
 * in-process.
 */
export class IndexBuilder {
  private count = 0;
  private readonly docs = new Map<string, Document>();

  private constructor(
    private readonly embeddings: EmbeddingsInterface,
    private readonly dimensions: number,
    private readonly local: PassageIndex | undefined,
    private readonly worker: GraphWorker | undefined,
  ) {}

  static async open(
    embeddings: EmbeddingsInterface,
    dimensions: number,
    params: GraphParams,
    capacity: number,
  ): Promise<IndexBuilder> {
    if (capacity >= BACKGROUND_MIN_PASSAGES) {
      const worker = await GraphWorker.start({
        dimensions,
        m: params.m,
        efConstruction: params.efConstruction,
        capacity,
      }).catch(() => undefined);
      if (worker) return new IndexBuilder(embeddings, dimensions, undefined, worker);
    }
    return new IndexBuilder(
      embeddings,
      dimensions,
      await PassageIndex.create(embeddings, dimensions, params, capacity),
      undefined,
    );
  }

  get background(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Adds passages with labels in order, as PassageIndex.addVectors does; resolves once the worker has room for more,
   * so a large build cannot queue unbounded work.
   */
  async add(vectors: number[][], documents: Document[]): Promise<void> {
    if (this.local) return this.local.addVectors(vectors, documents);
    if (vectors.length === 0) return;
    if (vectors.length !== documents.length) throw new Error('Vectors and metadatas must have the same length');
    const d = this.dimensions;
    const data = new Float32Array(vectors.length * d);
    for (const [i, v] of vectors.entries()) {
      if (v.length !== d) throw new Error(`Vectors must have the same length as the number of dimensions (${d})`);
      data.set(v, i * d);
    }
    for (const [i, doc] of documents.entries()) this.docs.set(String(this.count + i), doc);
    const first = this.count;
    this.count += vectors.length;
    await this.worker!.add(first, vectors.length, data);
  }

  async finish(): Promise<PassageIndex> {
    if (this.local) return this.local;
    const dir = await mkdtemp(join(tmpdir(), 'bron-graph-'));
    try {
      const path = join(dir, GRAPH);
      await this.worker!.write(path);
      const index = await newGraph({ space: 'cosine', numDimensions: this.dimensions });
      await index.readIndex(path);
      if (index.getCurrentCount() !== this.count)
        throw new Error(`the graph worker inserted ${index.getCurrentCount()} of ${this.count} points`);
      return new PassageIndex(this.embeddings, {
        space: 'cosine',
        numDimensions: this.dimensions,
        index,
        docstore: new PassageDocstore(undefined, this.docs),
      });
    } finally {
      await this.worker!.close();
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Stops the worker after a failed build (a live worker would keep the process running). */
  async abort(): Promise<void> {
    await this.worker?.close();
  }
}

/** The main thread's side of graph-worker.mjs: ordered messages, back-pressure, and errors surfaced to the caller. */
class GraphWorker {
  private queued = 0;
  private waiting: (() => void)[] = [];
  private failure: Error | undefined;
  private written: { resolve: () => void; reject: (err: Error) => void } | undefined;
  private closed = false;
  private exited = false;

  private constructor(
    private readonly worker: Worker,
    private readonly stop: Int32Array,
  ) {
    worker.on('message', (msg: { type: string; message?: string }) => {
      if (msg.type === 'added') {
        this.queued--;
        this.waiting.shift()?.();
      } else if (msg.type === 'written') {
        this.written?.resolve();
      } else if (msg.type === 'error') {
        this.fail(new Error(`graph worker: ${msg.message}`));
      }
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => {
      this.exited = true;
      if (!this.closed) this.fail(new Error(`graph worker exited with code ${code}`));
    });
  }

  static start(params: {
    dimensions: number;
    m: number;
    efConstruction: number;
    capacity: number;
  }): Promise<GraphWorker> {
    // Ready once the worker has loaded hnswlib-node and made the graph; if it cannot, the caller builds in-process.
    return new Promise((resolve, reject) => {
      const stop = new SharedArrayBuffer(4);
      const worker = new Worker(new URL('./graph-worker.mjs', import.meta.url), { workerData: { ...params, stop } });
      const unlisten = () => {
        worker.off('error', failed);
        worker.off('exit', failed);
        worker.off('message', ready);
      };
      const failed = (err: unknown) => {
        unlisten();
        void worker.terminate();
        reject(err instanceof Error ? err : new Error(`graph worker exited with code ${String(err)}`));
      };
      const ready = (msg: { type: string }) => {
        if (msg.type !== 'ready') return failed(new Error(`graph worker: unexpected ${msg.type}`));
        unlisten();
        resolve(new GraphWorker(worker, new Int32Array(stop)));
      };
      worker.on('error', failed);
      worker.on('exit', failed);
      worker.on('message', ready);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const wake of this.waiting.splice(0)) wake();
    this.written?.reject(this.failure);
  }

  async add(first: number, count: number, data: Float32Array): Promise<void> {
    while (!this.failure && this.queued >= MAX_QUEUED_BATCHES)
      await new Promise<void>((wake) => this.waiting.push(wake));
    if (this.failure) throw this.failure;
    this.queued++;
    const buffer = data.buffer as ArrayBuffer;
    this.worker.postMessage({ type: 'add', first, count, data: buffer }, [buffer]);
  }

  /** Resolves when every point sent so far is inserted and the graph is written to `path`. */
  write(path: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.written = { resolve, reject };
      this.worker.postMessage({ type: 'write', path });
    });
  }

  /**
   * Ends the thread between two insertions: `terminate()` while hnswlib-node is inside `addPoint` aborts the whole
   * process ("FATAL ERROR: Error::ThrowAsJavaScriptException napi_throw"), so a failed build would take the bot down.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.exited) return;
    Atomics.store(this.stop, 0, 1);
    const exited = once(this.worker, 'exit');
    this.worker.postMessage({ type: 'close' });
    const late = setTimeout(() => void this.worker.terminate(), CLOSE_GRACE_MS);
    await exited;
    clearTimeout(late);
  }
}
