import { isStopword, type Lang, stem, words } from '../text/analyze.js';
import { queryStems, type WeightedTerm } from '../text/expand.js';

export interface Bm25Doc {
  /** The passage's label: the same number as its point in the HNSW graph, so both retrievers name one passage alike. */
  label: number;
  text: string;
  lang: Lang;
}

export interface Bm25Hit {
  label: number;
  score: number;
}

/** BM25+ as MiniSearch scores it (k1 1.2, b 0.7, delta 0.5), so rankings stay what the evaluation was tuned on. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
/** One edit for words of 5+ letters catches typos ("troups", "rusia") without matching short names loosely. */
const FUZZY_MIN = 5;
const FUZZY_WEIGHT = 0.5;
/** A word said by at most this share of the passages (or this many) is one whose best passage is looked for. */
const PER_WORD_SHARE = 0.005;
const PER_WORD_MIN = 50;
const MAGIC = 'BRONBM25';
const FORMAT = 1;

/** Stems of a document's content words: the same analysis as the questions get, so index and questions agree. */
function docTerms(text: string, lang: Lang): string[] {
  const out: string[] = [];
  // The text's own language's stop words: Dutch "met" and "men" are English words.
  for (const w of words(text)) if (!isStopword(w, lang)) out.push(stem(w, lang));
  return out;
}

/** A growable typed array (postings of a build in progress). */
class Grow {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
}

interface Parts {
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Distinct stems per label (MiniSearch's field length). */
  lengths: Uint16Array;
  /** 1 for the labels of live passages (a passage of stop words only is live with length 0). */
  present: Uint8Array;
}

/**
 * BM25 over the passages, in typed arrays: a vocabulary, and per term its postings (passage labels, ascending, and
 * term frequencies) back to back. Built at index time, saved beside the graph (`toBuffer`), loaded at open without
 * re-analysing any text (`fromBuffer`), and updated for changed articles without touching the others (`update`).
 *
 * Scoring is MiniSearch's (BM25+, an OR of the question's stems, each weighted by the question's weight for it, the
 * sum multiplied by how many of the question's stems a passage matches), including its typo tolerance: a stem of 5+
 * letters also matches vocabulary stems one edit away at half weight. Those neighbours are found by generating the
 * stem's one-edit variants over the vocabulary's alphabet and looking them up, so a question costs the postings it
 * reads, not a walk over the vocabulary.
 */
export class Bm25Index {
  private readonly ids: Map<string, number>;
  private readonly alphabet: string[];
  readonly size: number;
  private readonly avgLength: number;
  /** Scratch per label, reused by every query (queries are synchronous, so never shared by two at once). */
  private readonly score: Float64Array;
  private readonly lastTerm: Int32Array;
  private readonly matched: Uint16Array;
  private readonly firstSeen: Int32Array;
  private readonly partials: Partial[] = [];

  private constructor(private readonly p: Parts) {
    this.ids = new Map(p.terms.map((t, i) => [t, i]));
    const chars = new Set<string>();
    for (const t of p.terms) for (const c of t) chars.add(c);
    this.alphabet = [...chars];
    let live = 0;
    let total = 0;
    for (let i = 0; i < p.lengths.length; i++)
      if (p.present[i]) {
        live++;
        total += p.lengths[i]!;
      }
    this.size = live;
    this.avgLength = live ? total / live : 0;
    const n = p.lengths.length;
    this.score = new Float64Array(n);
    this.lastTerm = new Int32Array(n).fill(-1);
    this.matched = new Uint16Array(n);
    this.firstSeen = new Int32Array(n);
  }

  /** Indexes passages from scratch. */
  static build(docs: Iterable<Bm25Doc>): Bm25Index {
    return new Bm25Builder().addAll(docs).finish([]);
  }

  /** A new index: this one without the passages of `removed` labels, plus `added` (labels above all existing ones). */
  update(removed: Iterable<number>, added: Iterable<Bm25Doc>): Bm25Index {
    return this.updater().addAll(added).finish(removed);
  }

  /** Analyses passages for a new index one batch at a time. */
  static builder(): Bm25Builder {
    return new Bm25Builder();
  }

  /** Analyses passages to add to this index one batch at a time (a build does it while the graph is inserted). */
  updater(): Bm25Builder {
    return new Bm25Builder(this.p);
  }

  /** @internal The index over finished parts (Bm25Builder). */
  static of(parts: Parts): Bm25Index {
    return new Bm25Index(parts);
  }

  get labels(): number {
    return this.p.lengths.length;
  }

  get vocabularySize(): number {
    return this.p.terms.length;
  }

  /** Passages (live) that contain the stem; 0 for a stem the corpus never uses. */
  df(stemmed: string): number {
    const id = this.ids.get(stemmed);
    return id === undefined ? 0 : this.p.offsets[id + 1]! - this.p.offsets[id]!;
  }

  /** Vocabulary stems one edit (Levenshtein) away from `term`, by generating the edits rather than scanning. */
  private neighbours(term: string): number[] {
    const out = new Set<number>();
    const look = (s: string) => {
      const id = this.ids.get(s);
      if (id !== undefined && s !== term) out.add(id);
    };
    const chars = [...term];
    for (let i = 0; i <= chars.length; i++) {
      const head = chars.slice(0, i).join('');
      const tail = chars.slice(i).join('');
      const rest = chars.slice(i + 1).join(''); // the tail without its first character, made once per position
      if (i < chars.length) look(head + rest); // deletion
      for (const c of this.alphabet) {
        look(head + c + tail); // insertion
        if (i < chars.length) look(head + c + rest); // substitution
      }
    }
    return [...out];
  }

  query(terms: WeightedTerm[], k: number): Bm25Hit[] {
    return this.run(terms, k, false).hits;
  }

  /**
   * The best k passages for the terms, and for each of the asker's words (the terms of one `group`) that few passages
   * say, the passage those terms alone score best, found in the same pass over the postings.
   */
  queryWithBestPerGroup(terms: WeightedTerm[], k: number): { hits: Bm25Hit[]; perGroup: Bm25Hit[] } {
    return this.run(terms, k, true);
  }

  private run(terms: WeightedTerm[], k: number, perGroup: boolean): { hits: Bm25Hit[]; perGroup: Bm25Hit[] } {
    const { weights, stemsOf } = questionStems(terms);
    if (weights.size === 0 || this.size === 0) return { hits: [], perGroup: [] };
    const { served, count } = perGroup ? this.rareWords(stemsOf) : { served: new Map<string, number[]>(), count: 0 };
    const partials = this.partialScratch(count);
    const { offsets, docs, tfs, lengths } = this.p;
    const { score, lastTerm, matched, firstSeen } = this;
    const touched: number[] = [];
    const n = this.size;
    const norm = K1 * (1 - B);
    const slope = this.avgLength > 0 ? (K1 * B) / this.avgLength : 0;
    let q = 0;
    for (const [term, boost] of weights) {
      const lists = this.postingLists(term);
      const groups = served.get(term)?.map((g) => partials[g]!) ?? [];
      for (const [id, w] of lists) {
        const from = offsets[id]!;
        const to = offsets[id + 1]!;
        const df = to - from;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const weight = w * boost * idf;
        for (let j = from; j < to; j++) {
          const d = docs[j]!;
          const tf = tfs[j]!;
          const s = weight * (DELTA + (tf * (K1 + 1)) / (tf + norm + slope * lengths[d]!));
          // A word's score alone is scored as a query of it would be: its stems' sum times how many it matches.
          const firstForStem = lastTerm[d] !== q;
          for (const g of groups) {
            g.sum[d] = g.sum[d]! + s;
            if (firstForStem) g.matched[d] = g.matched[d]! + 1;
          }
          if (lastTerm[d] === -1) {
            firstSeen[d] = touched.length;
            touched.push(d);
            score[d] = s;
            matched[d] = 1;
            lastTerm[d] = q;
          } else {
            score[d] = score[d]! + s;
            if (lastTerm[d] !== q) {
              matched[d] = matched[d]! + 1;
              lastTerm[d] = q;
            }
          }
        }
      }
      q++;
    }
    const hits = topK(
      touched,
      (d) => score[d]! * matched[d]!,
      (d) => firstSeen[d]!,
      k,
    );
    const best = partials.map((partial) => bestOf(touched, partial));
    for (const d of touched) lastTerm[d] = -1;
    return { hits, perGroup: best.filter((h): h is Bm25Hit => h !== undefined) };
  }

  /** The postings a question stem reads, with their weight: its own, and at half weight its one-edit neighbours'. */
  private postingLists(term: string): [number, number][] {
    const lists: [number, number][] = [];
    const own = this.ids.get(term);
    if (own !== undefined) lists.push([own, 1]);
    if ([...term].length >= FUZZY_MIN && !/\d/.test(term))
      for (const id of this.neighbours(term))
        lists.push([id, (FUZZY_WEIGHT * this.p.terms[id]!.length) / (this.p.terms[id]!.length + 1)]);
    return lists;
  }

  /**
   * The stems of each of the asker's words that passages rarely say (all its stems in at most PER_WORD_SHARE of the
   * passages, or PER_WORD_MIN): those the fused list can miss. A common word is in the top passages anyway, and
   * scoring it alone would read its long postings twice. `served`: stem → the words (indexes) it belongs to.
   */
  private rareWords(stemsOf: Map<string, Set<string>>): { served: Map<string, number[]>; count: number } {
    const limit = Math.max(PER_WORD_MIN, this.size * PER_WORD_SHARE);
    const served = new Map<string, number[]>();
    let count = 0;
    for (const stems of stemsOf.values()) {
      let volume = 0;
      for (const s of stems) volume += this.df(s);
      if (volume === 0 || volume > limit) continue;
      for (const s of stems) (served.get(s) ?? served.set(s, []).get(s)!).push(count);
      count++;
    }
    return { served, count };
  }

  /** Zeroed score arrays per group, kept between queries (bestOf zeroes what a query wrote). */
  private partialScratch(groups: number): Partial[] {
    const n = this.p.lengths.length;
    while (this.partials.length < groups) this.partials.push({ sum: new Float64Array(n), matched: new Uint16Array(n) });
    return this.partials.slice(0, groups);
  }

  /** The index as one buffer: a small JSON header, then the typed arrays, then the vocabulary. */
  toBuffer(): Buffer {
    const { terms, offsets, docs, tfs, lengths, present } = this.p;
    const vocab = Buffer.from(terms.join('\n'), 'utf8');
    const header = Buffer.from(
      JSON.stringify({ format: FORMAT, terms: terms.length, postings: docs.length, labels: lengths.length }),
    );
    const headLen = align(MAGIC.length + 4 + header.length);
    const parts = [offsets, docs, tfs, lengths, present];
    const sizes = parts.map((a) => align(a.byteLength));
    const out = Buffer.alloc(headLen + sizes.reduce((a, b) => a + b, 0) + vocab.length);
    out.write(MAGIC, 0, 'latin1');
    out.writeUInt32LE(header.length, MAGIC.length);
    header.copy(out, MAGIC.length + 4);
    let at = headLen;
    for (const [i, a] of parts.entries()) {
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
      at += sizes[i]!;
    }
    vocab.copy(out, at);
    return out;
  }

  static fromBuffer(buf: Buffer): Bm25Index {
    if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC)
      throw new Error('not a BM25 index file');
    const headerLen = buf.readUInt32LE(MAGIC.length);
    const h = JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLen)) as {
      format: number;
      terms: number;
      postings: number;
      labels: number;
    };
    if (h.format !== FORMAT) throw new Error(`unknown BM25 index format ${h.format}`);
    // Typed arrays need aligned offsets; a buffer from a pool may not start at one.
    const own = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
    let at = align(MAGIC.length + 4 + headerLen);
    const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number, bytes: number): T => {
      if (at + n * bytes > own.length) throw new Error('BM25 index file is truncated');
      const v = make(own.buffer as ArrayBuffer, own.byteOffset + at, n);
      at += align(n * bytes);
      return v;
    };
    const offsets = take((b, o, n) => new Uint32Array(b, o, n), h.terms + 1, 4);
    const docs = take((b, o, n) => new Uint32Array(b, o, n), h.postings, 4);
    const tfs = take((b, o, n) => new Uint16Array(b, o, n), h.postings, 2);
    const lengths = take((b, o, n) => new Uint16Array(b, o, n), h.labels, 2);
    const present = take((b, o, n) => new Uint8Array(b, o, n), h.labels, 1);
    const terms = h.terms ? own.toString('utf8', at).split('\n') : [];
    if (terms.length !== h.terms || offsets[h.terms] !== h.postings)
      throw new Error('BM25 index file does not match its header');
    for (let j = 0; j < docs.length; j++)
      if (docs[j]! >= h.labels) throw new Error('BM25 index file names a passage it does not have');
    return new Bm25Index({ terms, offsets, docs, tfs, lengths, present });
  }
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/**
 * Passages analysed for a new index: `add` analyses them as they come (the (term id, tf) pairs of each, back to
 * back), `finish` lays out the postings: the base index's kept ones, then the added ones.
 */
export class Bm25Builder {
  private readonly terms: string[];
  private readonly ids: Map<string, number>;
  private readonly addLabels: number[] = [];
  private readonly addStart: number[] = [0];
  private readonly addTerms = new Grow();
  private readonly addTfs = new Grow();
  private maxLabel: number;

  constructor(private readonly base?: Parts) {
    this.terms = base ? [...base.terms] : [];
    this.ids = new Map(this.terms.map((t, i) => [t, i]));
    this.maxLabel = base ? base.lengths.length - 1 : -1;
  }

  add(d: Bm25Doc): void {
    const { base, terms, ids } = this;
    if (d.label <= (base ? base.lengths.length - 1 : -1))
      throw new Error(`BM25: label ${d.label} is not above the existing ones`);
    const counts = new Map<number, number>();
    for (const t of docTerms(d.text, d.lang)) {
      let id = ids.get(t);
      if (id === undefined) {
        id = terms.length;
        terms.push(t);
        ids.set(t, id);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, tf] of counts) {
      this.addTerms.push(id);
      this.addTfs.push(Math.min(tf, 0xffff));
    }
    this.addLabels.push(d.label);
    this.addStart.push(this.addTerms.length);
    this.maxLabel = Math.max(this.maxLabel, d.label);
  }

  addAll(docs: Iterable<Bm25Doc>): this {
    for (const d of docs) this.add(d);
    return this;
  }

  /** The index: the base without the passages of `removed` labels, plus every passage added. */
  finish(removedLabels: Iterable<number>): Bm25Index {
    const { base, terms, addLabels, addStart, addTerms, addTfs, maxLabel } = this;
    const removed = new Set(removedLabels);
    const lengths = new Uint16Array(maxLabel + 1);
    const present = new Uint8Array(maxLabel + 1);
    if (base) {
      lengths.set(base.lengths);
      present.set(base.present);
    }
    for (const r of removed)
      if (r < lengths.length) {
        lengths[r] = 0;
        present[r] = 0;
      }
    for (let i = 0; i < addLabels.length; i++) {
      lengths[addLabels[i]!] = Math.min(addStart[i + 1]! - addStart[i]!, 0xffff);
      present[addLabels[i]!] = 1;
    }

    // Postings per term: the base's kept ones, then the added ones (higher labels, so each list stays ascending).
    const count = new Uint32Array(terms.length + 1);
    if (base)
      for (let t = 0; t < base.terms.length; t++)
        for (let j = base.offsets[t]!; j < base.offsets[t + 1]!; j++)
          if (!removed.has(base.docs[j]!)) count[t] = count[t]! + 1;
    for (let j = 0; j < addTerms.length; j++) count[addTerms.data[j]!] = count[addTerms.data[j]!]! + 1;
    const offsets = new Uint32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + count[t]!;
    const docs = new Uint32Array(offsets[terms.length]!);
    const tfs = new Uint16Array(docs.length);
    const fill = offsets.slice(0, terms.length);
    if (base)
      for (let t = 0; t < base.terms.length; t++)
        for (let j = base.offsets[t]!; j < base.offsets[t + 1]!; j++) {
          const doc = base.docs[j]!;
          if (removed.has(doc)) continue;
          docs[fill[t]!] = doc;
          tfs[fill[t]!] = base.tfs[j]!;
          fill[t] = fill[t]! + 1;
        }
    for (let i = 0; i < addLabels.length; i++)
      for (let j = addStart[i]!; j < addStart[i + 1]!; j++) {
        const t = addTerms.data[j]!;
        docs[fill[t]!] = addLabels[i]!;
        tfs[fill[t]!] = addTfs.data[j]!;
        fill[t] = fill[t]! + 1;
      }
    return Bm25Index.of({ terms, offsets, docs, tfs, lengths, present });
  }
}

/** The k best of `items` by score, ties in first-seen order (as MiniSearch's stable sort leaves them). */
/** Each stem of the question with its highest weight, and each of the asker's words (a `group`) with its stems. */
function questionStems(terms: WeightedTerm[]): { weights: Map<string, number>; stemsOf: Map<string, Set<string>> } {
  const weights = new Map<string, number>();
  const stemsOf = new Map<string, Set<string>>();
  for (const { term, weight, group } of terms) {
    const set = stemsOf.get(group) ?? stemsOf.set(group, new Set()).get(group)!;
    for (const s of queryStems(term)) {
      weights.set(s, Math.max(weights.get(s) ?? 0, weight));
      set.add(s);
    }
  }
  return { weights, stemsOf };
}

/** One word's scores alone, per passage label. */
interface Partial {
  sum: Float64Array;
  matched: Uint16Array;
}

/** The first passage of `touched` with the highest score for one word, if any scored; zeroes the scores it read. */
function bestOf(touched: number[], { sum, matched }: Partial): Bm25Hit | undefined {
  let best = -1;
  let top = 0;
  for (const d of touched) {
    const s = sum[d]! * matched[d]!;
    if (s > top) [best, top] = [d, s];
    sum[d] = 0;
    matched[d] = 0;
  }
  return best < 0 ? undefined : { label: best, score: top };
}

function topK(items: number[], score: (d: number) => number, order: (d: number) => number, k: number): Bm25Hit[] {
  const better = (a: number, b: number) => {
    const sa = score(a);
    const sb = score(b);
    return sa > sb || (sa === sb && order(a) < order(b));
  };
  // A min-heap of the best k so far (the worst at the root).
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && better(heap[w]!, heap[l]!)) w = l;
      if (r < heap.length && better(heap[w]!, heap[r]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  // By index: this runs over every passage a question touches, and an iterator allocates a result per item.
  for (let j = 0; j < items.length; j++) {
    const d = items[j]!;
    if (heap.length < k) {
      heap.push(d);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!better(heap[p]!, heap[i]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && better(d, heap[0]!)) {
      heap[0] = d;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1)).map((d) => ({ label: d, score: score(d) }));
}
