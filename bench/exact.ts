/**
 * Exact k-nearest-neighbour search by brute force: one dot product per stored vector, in a tight loop over a flat
 * Float32Array. With normalised vectors the dot product is the cosine similarity, so this is the ground truth the
 * HNSW results are scored against, and the baseline its speed is compared with.
 */
export class ExactIndex {
  readonly count: number;

  /** `vectors` holds `labels.length` normalised vectors of `dims` floats, back to back; row i has label labels[i]. */
  constructor(
    readonly vectors: Float32Array,
    readonly dims: number,
    readonly labels: Int32Array,
  ) {
    this.count = labels.length;
    if (vectors.length !== this.count * dims)
      throw new Error(`expected ${this.count * dims} floats, got ${vectors.length}`);
  }

  /** The k most similar rows: labels and cosine similarities, best first. */
  search(q: Float32Array, k: number): { labels: number[]; scores: number[] } {
    const { vectors: v, dims: d, count: n } = this;
    if (q.length !== d) throw new Error(`query has ${q.length} dimensions, the index ${d}`);
    const topS = new Float64Array(k).fill(-Infinity);
    const topI = new Int32Array(k).fill(-1);
    let floor = -Infinity;
    const d4 = d - (d % 4);
    for (let i = 0, off = 0; i < n; i++, off += d) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let j = 0;
      for (; j < d4; j += 4) {
        s0 += v[off + j]! * q[j]!;
        s1 += v[off + j + 1]! * q[j + 1]!;
        s2 += v[off + j + 2]! * q[j + 2]!;
        s3 += v[off + j + 3]! * q[j + 3]!;
      }
      for (; j < d; j++) s0 += v[off + j]! * q[j]!;
      const s = s0 + s1 + s2 + s3;
      if (s <= floor) continue;
      // Insertion into the sorted top-k (k is small).
      let p = k - 1;
      while (p > 0 && topS[p - 1]! < s) {
        topS[p] = topS[p - 1]!;
        topI[p] = topI[p - 1]!;
        p--;
      }
      topS[p] = s;
      topI[p] = i;
      floor = topS[k - 1]!;
    }
    const labels: number[] = [];
    const scores: number[] = [];
    for (let p = 0; p < k && topI[p]! >= 0; p++) {
      labels.push(this.labels[topI[p]!]!);
      scores.push(topS[p]!);
    }
    return { labels, scores };
  }
}

/** The vector normalised to unit length (a zero vector stays zero), as hnswlib's cosine space stores it. */
export function normalised(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  let n = 0;
  for (let i = 0; i < out.length; i++) n += out[i]! * out[i]!;
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < out.length; i++) out[i]! /= n;
  return out;
}

/**
 * recall@k of `found` against the exact answer. A found neighbour counts when it is one of the exact top k, or when it
 * is exactly as similar as the k-th exact neighbour (a tie: near-duplicate passages are common in news), following the
 * ann-benchmarks convention of judging by distance rather than by id.
 */
export function recallAt(
  k: number,
  found: { labels: number[]; scores: number[] },
  exact: { labels: number[]; scores: number[] },
  epsilon = 1e-6,
): number {
  const want = Math.min(k, exact.labels.length);
  if (want === 0) return 1;
  const truth = new Set(exact.labels.slice(0, want));
  const kth = exact.scores[want - 1]!;
  let hits = 0;
  for (let i = 0; i < Math.min(k, found.labels.length); i++) {
    if (truth.has(found.labels[i]!) || found.scores[i]! >= kth - epsilon) hits++;
  }
  return Math.min(1, hits / want);
}

/** Strict recall@k: the share of the exact top-k ids that were found. */
export function idRecallAt(k: number, found: number[], exact: number[]): number {
  const want = Math.min(k, exact.length);
  if (want === 0) return 1;
  const f = new Set(found.slice(0, k));
  return exact.slice(0, want).filter((l) => f.has(l)).length / want;
}
