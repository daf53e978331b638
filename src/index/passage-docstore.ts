import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SynchronousInMemoryDocstore } from '@langchain/community/stores/doc/in_memory';
import { Document } from '@langchain/core/documents';
import type { PassageMetadata } from '../ingest/passages.js';
import type { ArticleStore } from './article-store.js';

/**
 * Where each passage of an index sits: per HNSW label, the character offsets of the passage in its article's body
 * (`passages.bin`: two Uint32Arrays, starts then ends). Which article a label belongs to, and its position in it,
 * come from the article records (`firstLabel`, `passages`). A passage's text is `body.slice(start, end)`, read
 * through the ArticleStore when a search returns it: the process holds offsets, not text.
 */
export const PASSAGES = 'passages.bin';

interface Table {
  starts: Uint32Array;
  ends: Uint32Array;
  /** Record index of the article per label; -1 for labels with no live passage. */
  owner: Int32Array;
  articles: ArticleStore;
  ids: string[];
  firsts: number[];
}

/**
 * LangChain's HNSWLib asks its docstore for each hit's document by label (`search`). This docstore answers from the
 * passage table of a published index (documents made on demand), plus the documents a build in progress added in
 * memory (`_docs`). Labels removed by an incremental build are dead here as in the graph.
 */
export class PassageDocstore extends SynchronousInMemoryDocstore {
  private readonly dead: Set<number>;

  constructor(
    private readonly table?: Table,
    docs = new Map<string, Document>(),
    dead: Iterable<number> = [],
  ) {
    super(docs);
    this.dead = new Set(dead);
  }

  static async load(dir: string, articles: ArticleStore, labels: number): Promise<PassageDocstore> {
    const buf = await readFile(join(dir, PASSAGES));
    if (buf.length !== labels * 8) throw new Error(`${PASSAGES} holds ${buf.length / 8} labels, the graph ${labels}`);
    const own = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
    const starts = new Uint32Array(own.buffer, own.byteOffset, labels);
    const ends = new Uint32Array(own.buffer, own.byteOffset + labels * 4, labels);
    const owner = new Int32Array(labels).fill(-1);
    const ids: string[] = [];
    const firsts: number[] = [];
    for (const r of articles.records()) {
      if (r.firstLabel < 0 || r.firstLabel + r.passages > labels)
        throw new Error(`article ${r.id} names labels the graph does not have`);
      for (let l = r.firstLabel; l < r.firstLabel + r.passages; l++) {
        if (owner[l] !== -1) throw new Error(`label ${l} belongs to two articles`);
        owner[l] = ids.length;
      }
      ids.push(r.id);
      firsts.push(r.firstLabel);
    }
    return new PassageDocstore({ starts, ends, owner, articles, ids, firsts });
  }

  /** A writable copy for an incremental build: same table (never mutated), its own dead labels and new documents. */
  derive(): PassageDocstore {
    return new PassageDocstore(this.table, new Map(this._docs), this.dead);
  }

  /** The passage's metadata without its text; undefined for a dead or unknown label. */
  meta(label: number): PassageMetadata | undefined {
    if (this.dead.has(label)) return undefined;
    const doc = this._docs.get(String(label));
    if (doc) return doc.metadata as PassageMetadata;
    const t = this.table;
    const a = t?.owner[label];
    if (!t || a === undefined || a < 0) return undefined;
    return { articleId: t.ids[a]!, start: t.starts[label]!, end: t.ends[label]!, seq: label - t.firsts[a]! };
  }

  override search(id: string): Document {
    const label = Number(id);
    const doc = this._docs.get(id);
    if (doc && !this.dead.has(label)) return doc;
    const m = this.meta(label);
    if (!m || !this.table) throw new Error(`ID ${id} not found.`);
    const body = this.table.articles.body(m.articleId);
    return new Document<PassageMetadata>({ pageContent: body.slice(m.start, m.end), metadata: m });
  }

  remove(label: number): void {
    this._docs.delete(String(label));
    this.dead.add(label);
  }

  /** Live labels, ascending. */
  labels(): number[] {
    const out: number[] = [];
    const t = this.table;
    if (t) for (let l = 0; l < t.owner.length; l++) if (t.owner[l]! >= 0 && !this.dead.has(l)) out.push(l);
    for (const id of this._docs.keys()) if (!this.dead.has(Number(id))) out.push(Number(id));
    return out.sort((a, b) => a - b);
  }

  get liveCount(): number {
    return this.labels().length;
  }

  /** Writes the offsets of every live label (`count` = the graph's points, dead ones included). */
  async save(dir: string, count: number): Promise<void> {
    const starts = new Uint32Array(count);
    const ends = new Uint32Array(count);
    for (const l of this.labels()) {
      const m = this.meta(l)!;
      starts[l] = m.start;
      ends[l] = m.end;
    }
    await writeFile(join(dir, PASSAGES), Buffer.concat([Buffer.from(starts.buffer), Buffer.from(ends.buffer)]));
  }
}
