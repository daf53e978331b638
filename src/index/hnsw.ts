import { copyFile, link, mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SynchronousInMemoryDocstore } from '@langchain/community/stores/doc/in_memory';
import { HNSWLib, type HNSWLibBase } from '@langchain/community/vectorstores/hnswlib';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

/**
 * LangChain's HNSWLib with a docstore and persistence that scale to 100k+ passages. Search is LangChain's own, so
 * the engine keeps using the `VectorStore` interface. What changes and why (measured at 100k passages):
 *
 * - `addVectors` writes the docstore Map directly. LangChain's `SynchronousInMemoryDocstore.add` checks every new id
 *   against an array copy of all existing ids (`keys.includes`), quadratic in the index size: ~25 s of a 75 s build.
 *   It also resizes the native index once per batch; here the builder reserves room once (`reserve`).
 * - The docstore is saved as segments of SEGMENT_SIZE labels (`docstore-00000.json`, ...) listed in a small
 *   `docstore.json`, instead of one 50 MB JSON array. A store derived from a published index for an incremental
 *   rebuild (`derive`) hard-links the segments it did not change from that folder, so publishing one changed article
 *   writes two small segments and the graph, not the whole docstore again.
 * - `derive` reads only the graph file of the previous index; the documents are shared with the previous store in
 *   memory (they are never mutated), instead of parsing the whole docstore JSON again.
 *
 * `load` still reads LangChain's format (`docstore.json` holding the array of entries), so indexes written by
 * `HNSWLib.save` stay readable; `HNSWLib.load` cannot read this format, use `PassageIndex.load`.
 */
export const SEGMENT_SIZE = 4096;
const DOCSTORE = 'docstore.json';
const GRAPH = 'hnswlib.index';
const ARGS = 'args.json';

interface SegmentInfo {
  file: string;
  /** Live passages in the segment (labels of deleted points have no document). */
  docs: number;
}

interface DocstoreIndex {
  format: 'bron-docstore';
  version: 2;
  segmentSize: number;
  count: number;
  segments: SegmentInfo[];
}

/** One stored passage: label, text, metadata, and the LangChain document id when there is one. */
type Row = [label: number, pageContent: string, metadata: Record<string, unknown>, id?: string];

export interface GraphParams {
  m: number;
  efConstruction: number;
}

const segmentFile = (s: number): string => `docstore-${String(s).padStart(5, '0')}.json`;

export class PassageIndex extends HNSWLib {
  /** Segments changed since this store was derived from `origin`; on save the others are linked from there. */
  private readonly dirty = new Set<number>();
  private origin: { dir: string; segments: SegmentInfo[] } | undefined;

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
    return new PassageIndex(embeddings, { space: 'cosine', numDimensions: dimensions, index });
  }

  /** Loads an index saved by `save`, or by LangChain's `HNSWLib.save`. */
  static override async load(directory: string, embeddings: EmbeddingsInterface): Promise<PassageIndex> {
    const args = JSON.parse(await readFile(join(directory, ARGS), 'utf8')) as HNSWLibBase;
    const index = await newGraph(args);
    const [docs] = await Promise.all([readDocstore(directory), index.readIndex(join(directory, GRAPH))]);
    return new PassageIndex(embeddings, {
      space: args.space,
      numDimensions: args.numDimensions,
      index,
      docstore: new SynchronousInMemoryDocstore(docs),
    });
  }

  /**
   * A private, writable copy of the published index in `previous.dir` (the serving store is never touched): the graph
   * is read from its file, the documents are shared with `previous.store`. Saving it links unchanged segments.
   */
  static async derive(
    previous: { store: HNSWLib; dir: string },
    embeddings: EmbeddingsInterface,
  ): Promise<PassageIndex> {
    const args: HNSWLibBase = { space: previous.store.args.space, numDimensions: previous.store.args.numDimensions };
    const index = await newGraph(args);
    const [origin] = await Promise.all([readSegmentIndex(previous.dir), index.readIndex(join(previous.dir, GRAPH))]);
    const expected = previous.store.index.getCurrentCount();
    if (index.getCurrentCount() !== expected) {
      throw new Error(`index in ${previous.dir} holds ${index.getCurrentCount()} points, the loaded one ${expected}`);
    }
    const store = new PassageIndex(embeddings, {
      ...args,
      index,
      docstore: new SynchronousInMemoryDocstore(new Map(previous.store.docstore._docs)),
    });
    if (origin && origin.segmentSize === SEGMENT_SIZE) store.origin = { dir: previous.dir, segments: origin.segments };
    return store;
  }

  /** Makes room for `more` points in one resize (the native index copies itself on every resize). */
  reserve(more: number): void {
    const needed = this.index.getCurrentCount() + more;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
  }

  /** Same labels and checks as LangChain's addVectors (label = count before the add + i), without its quadratic docstore add. */
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
      const label = first + i;
      index.addPoint(vectors[i]!, label);
      docs.set(String(label), documents[i] as Document);
      this.dirty.add(Math.floor(label / SEGMENT_SIZE));
    }
  }

  /** Marks a point deleted in the graph (it stays in the file until a full rebuild) and drops its document. */
  removePassage(label: number): void {
    this.index.markDelete(label);
    this.docstore._docs.delete(String(label));
    this.dirty.add(Math.floor(label / SEGMENT_SIZE));
  }

  override async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    const graph = this.index.writeIndex(join(directory, GRAPH)); // native, off the main thread
    const count = this.index.getCurrentCount();
    const buckets: Row[][] = Array.from({ length: Math.ceil(count / SEGMENT_SIZE) }, () => []);
    for (const [id, doc] of this.docstore._docs) {
      const label = Number(id);
      const row: Row = [label, doc.pageContent, doc.metadata];
      if (doc.id !== undefined) row.push(doc.id);
      buckets[Math.floor(label / SEGMENT_SIZE)]!.push(row);
    }
    const segments: SegmentInfo[] = buckets.map((rows, s) => ({ file: segmentFile(s), docs: rows.length }));
    await Promise.all(
      buckets.map(async (rows, s) => {
        const target = join(directory, segmentFile(s));
        const from = this.origin?.segments[s];
        if (from && !this.dirty.has(s) && from.file === segmentFile(s) && from.docs === rows.length) {
          if (await reuse(join(this.origin!.dir, from.file), target)) return;
          // The previous folder is gone or unreadable: the documents are in memory, write them.
        }
        rows.sort((a, b) => a[0] - b[0]);
        await writeFile(target, JSON.stringify(rows));
      }),
    );
    const index: DocstoreIndex = {
      format: 'bron-docstore',
      version: 2,
      segmentSize: SEGMENT_SIZE,
      count: this.docstore._docs.size,
      segments,
    };
    await writeFile(
      join(directory, ARGS),
      JSON.stringify({ space: this.args.space, numDimensions: this.args.numDimensions }),
    );
    await graph;
    await writeFile(join(directory, DOCSTORE), JSON.stringify(index));
  }
}

/** Hard-links a file (same bytes, no copy), or copies it where links are not possible; false when neither works. */
async function reuse(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch {
    return copyFile(from, to).then(
      () => true,
      () => false,
    );
  }
}

async function newGraph(args: HNSWLibBase) {
  const { HierarchicalNSW } = await HNSWLib.imports();
  if (!args.space || args.numDimensions === undefined) throw new Error('args.json lacks space or numDimensions');
  return new HierarchicalNSW(args.space, args.numDimensions);
}

/** The segment list of a saved index, or undefined for LangChain's single-array format (read only its first byte). */
async function readSegmentIndex(directory: string): Promise<DocstoreIndex | undefined> {
  const path = join(directory, DOCSTORE);
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(1);
    await file.read(head, 0, 1, 0);
    if (head.toString() !== '{') return undefined;
  } finally {
    await file.close();
  }
  const parsed = JSON.parse(await readFile(path, 'utf8')) as DocstoreIndex;
  if (parsed.format !== 'bron-docstore' || parsed.version !== 2 || !Array.isArray(parsed.segments))
    throw new Error(`${path}: unknown docstore format`);
  return parsed;
}

async function readDocstore(directory: string): Promise<Map<string, Document>> {
  const path = join(directory, DOCSTORE);
  const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
  if (Array.isArray(parsed)) return new Map(parsed as [string, Document][]); // LangChain's format
  const index = parsed as DocstoreIndex;
  if (index?.format !== 'bron-docstore' || index.version !== 2 || !Array.isArray(index.segments))
    throw new Error(`${path}: unknown docstore format`);
  const docs = new Map<string, Document>();
  // One segment at a time: its text and parsed rows are garbage once converted, so at most one segment's worth of it
  // is alive at once (all at once made the heap, and so RSS, of a process serving 100k passages ~200 MB larger).
  for (const s of index.segments) {
    const rows = JSON.parse(await readFile(join(directory, s.file), 'utf8')) as Row[];
    if (!Array.isArray(rows) || rows.length !== s.docs)
      throw new Error(
        `${s.file} holds ${Array.isArray(rows) ? rows.length : 'no'} passages, ${DOCSTORE} says ${s.docs}`,
      );
    for (const [label, pageContent, metadata, id] of rows)
      docs.set(String(label), new Document({ pageContent, metadata, id }));
  }
  if (docs.size !== index.count)
    throw new Error(`the docstore holds ${docs.size} passages, ${DOCSTORE} says ${index.count}`);
  return docs;
}

/** Full builds of at least this many passages insert into the graph on a worker thread (see IndexBuilder). */
export const BACKGROUND_MIN_PASSAGES = 2048;
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

  /** Adds passages with labels in order, as PassageIndex.addVectors does; resolves once the worker has room for more. */
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
        docstore: new SynchronousInMemoryDocstore(this.docs),
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

  private constructor(private readonly worker: Worker) {
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
      if (!this.closed) this.fail(new Error(`graph worker exited with code ${code}`));
    });
  }

  static start(workerData: {
    dimensions: number;
    m: number;
    efConstruction: number;
    capacity: number;
  }): Promise<GraphWorker> {
    // Ready once the worker has loaded hnswlib-node and made the graph; if it cannot, the caller builds in-process.
    return new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./graph-worker.mjs', import.meta.url), { workerData });
      const stop = () => {
        worker.off('error', failed);
        worker.off('exit', failed);
        worker.off('message', ready);
      };
      const failed = (err: unknown) => {
        stop();
        void worker.terminate();
        reject(err instanceof Error ? err : new Error(`graph worker exited with code ${String(err)}`));
      };
      const ready = (msg: { type: string }) => {
        if (msg.type !== 'ready') return failed(new Error(`graph worker: unexpected ${msg.type}`));
        stop();
        resolve(new GraphWorker(worker));
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.worker.terminate();
  }
}
