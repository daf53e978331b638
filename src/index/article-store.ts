import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { copyFile, link, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, FileStat } from '../corpus/article.js';

/**
 * The articles an index was built from, kept in the index folder so a process holds only what it is asked:
 *   articles.json        metadata of every article (front matter, file, hash, the file's size and times when read,
 *                        where its body is, and the labels of its passages)
 *   bodies-NNNNN.txt     article bodies, UTF-8, back to back; an article's body is read from its byte range on demand
 * Segments are append-only: an incremental build writes the changed articles' bodies to one new segment and
 * hard-links the others, so publishing one changed article writes one small file. A full build compacts.
 */
export const ARTICLES = 'articles.json';
const SEGMENT_BYTES = 64 * 2 ** 20;
const segmentName = (n: number) => `bodies-${String(n).padStart(5, '0')}.txt`;

export interface ArticleRecord extends Omit<Article, 'body' | 'stat'> {
  stat?: FileStat;
  /** Body bytes: segment number, byte offset and length in it. */
  segment: number;
  offset: number;
  bytes: number;
  /** Labels of the article's passages: firstLabel … firstLabel + passages - 1 (passage seq = label - firstLabel). */
  firstLabel: number;
  passages: number;
}

interface ArticlesFile {
  format: 'bron-articles';
  version: 1;
  segments: string[];
  articles: ArticleRecord[];
}

/** Bodies decoded at most this many at once (the answerer reads the retrieved passages' articles again and again). */
const CACHE = 256;

export class ArticleStore {
  private readonly byId: Map<string, ArticleRecord>;
  private readonly fds = new Map<number, number>();
  private readonly cache = new Map<string, string>();
  private view: Map<string, Article> | undefined;

  private constructor(
    readonly dir: string,
    private readonly file: ArticlesFile,
  ) {
    this.byId = new Map(file.articles.map((a) => [a.id, a]));
  }

  static async open(dir: string): Promise<ArticleStore> {
    const file = JSON.parse(await readFile(join(dir, ARTICLES), 'utf8')) as ArticlesFile;
    if (file.format !== 'bron-articles' || file.version !== 1 || !Array.isArray(file.articles))
      throw new Error(`${join(dir, ARTICLES)}: unknown format`);
    const store = new ArticleStore(dir, file);
    // Every segment is opened now: a later reindex (or a user) may delete this folder, and an open file stays
    // readable for the questions still served from it. Closed when the store is garbage.
    try {
      for (const [n, name] of file.segments.entries()) if (name) store.fds.set(n, openSync(join(dir, name), 'r'));
    } catch (err) {
      store.close();
      throw err;
    }
    if (store.fds.size) closer.register(store, [...store.fds.values()], store);
    return store;
  }

  /**
   * Writes the article files of a build into `dir`. `articles` are in corpus order with their passage labels;
   * those whose id is in `reuse` (unchanged since `previous`) keep their bytes where they are.
   */
  static async write(
    dir: string,
    articles: { article: Article; firstLabel: number; passages: number }[],
    previous?: { store: ArticleStore; reuse: Set<string> },
  ): Promise<void> {
    const segments: string[] = [];
    const records: ArticleRecord[] = [];
    const kept = new Set<number>();
    const fresh: { article: Article; firstLabel: number; passages: number }[] = [];
    for (const e of articles) {
      const old = previous?.reuse.has(e.article.id) ? previous.store.byId.get(e.article.id) : undefined;
      if (old && old.hash === e.article.hash) {
        kept.add(old.segment);
        records.push({ ...old, ...meta(e.article), firstLabel: e.firstLabel, passages: e.passages });
      } else fresh.push(e);
    }
    // Kept segments keep their numbers (records point at them); new bodies go to segments after them.
    const oldSegments = previous?.store.file.segments ?? [];
    for (const s of kept) {
      const name = oldSegments[s]!;
      segments[s] = name;
      await previous!.store.copySegment(s, join(dir, name));
    }
    let next = oldSegments.length && kept.size ? Math.max(...kept) + 1 : 0;
    let chunks: Buffer[] = [];
    let size = 0;
    const flush = async () => {
      if (!chunks.length) return;
      segments[next] = segmentName(next);
      await writeFile(join(dir, segments[next]!), Buffer.concat(chunks));
      next++;
      chunks = [];
      size = 0;
    };
    for (const e of fresh) {
      const bytes = Buffer.from(e.article.body, 'utf8');
      if (size > 0 && size + bytes.length > SEGMENT_BYTES) await flush();
      records.push({
        ...meta(e.article),
        segment: next,
        offset: size,
        bytes: bytes.length,
        firstLabel: e.firstLabel,
        passages: e.passages,
      });
      chunks.push(bytes);
      size += bytes.length;
    }
    await flush();
    const out: ArticlesFile = { format: 'bron-articles', version: 1, segments, articles: records };
    await writeFile(join(dir, ARTICLES), JSON.stringify(out));
  }

  /**
   * Puts segment `n` at `to`: a hard link (same bytes, no copy) or a copy, and when its folder is gone (another process
   * published since and removed it), the bytes read through the segment file this store holds open.
   */
  async copySegment(n: number, to: string): Promise<void> {
    const from = join(this.dir, this.file.segments[n]!);
    try {
      await link(from, to);
      return;
    } catch {
      // another file system, or the folder is gone: try the next way
    }
    try {
      await copyFile(from, to);
      return;
    } catch {
      // the folder is gone: the open file still has the bytes
    }
    const fd = this.fd(n);
    const bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    if (readSync(fd, bytes, 0, bytes.length, 0) !== bytes.length) throw new Error(`${from} could not be read whole`);
    await writeFile(to, bytes);
  }

  get size(): number {
    return this.byId.size;
  }

  record(id: string): ArticleRecord | undefined {
    return this.byId.get(id);
  }

  records(): Iterable<ArticleRecord> {
    return this.byId.values();
  }

  /** The article's body, read from its segment on first use (synchronous: a few KB from the page cache). */
  body(id: string): string {
    const hit = this.cache.get(id);
    if (hit !== undefined) {
      this.cache.delete(id); // most recently used last
      this.cache.set(id, hit);
      return hit;
    }
    const r = this.byId.get(id);
    if (!r) throw new Error(`no article ${id} in the index`);
    const buf = Buffer.allocUnsafe(r.bytes);
    const got = readSync(this.fd(r.segment), buf, 0, r.bytes, r.offset);
    if (got !== r.bytes) throw new Error(`${this.file.segments[r.segment]} is shorter than the index says`);
    const body = buf.toString('utf8');
    this.cache.set(id, body);
    if (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
    return body;
  }

  /** Every article with its body read on first access, as the answerer and the commands see articles. */
  articles(): Map<string, Article> {
    if (this.view) return this.view;
    const out = new Map<string, Article>();
    for (const r of this.byId.values()) out.set(r.id, this.lazy(r));
    this.view = out;
    return out;
  }

  /** One article as the corpus loader would give it, the body read on first access. */
  lazy(r: ArticleRecord): Article {
    const { segment: _s, offset: _o, bytes: _b, firstLabel: _f, passages: _p, ...front } = r;
    return Object.defineProperty({ ...front } as Article, 'body', {
      enumerable: true,
      get: () => this.body(r.id),
    });
  }

  /** Closes the segment files now (otherwise they are closed when the store is garbage). */
  close(): void {
    closer.unregister(this);
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private fd(segment: number): number {
    const fd = this.fds.get(segment);
    if (fd === undefined) throw new Error(`${ARTICLES} names segment ${segment}, which it does not list`);
    return fd;
  }
}

const closer = new FinalizationRegistry<number[]>((fds) => {
  for (const fd of fds) closeSync(fd);
});

/** The article without its body; never reads the body (a reused article's body is read from disk on access). */
function meta(a: Article): Omit<Article, 'body'> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(a)) if (key !== 'body') out[key] = (a as unknown as Record<string, unknown>)[key];
  return out as Omit<Article, 'body'>;
}
