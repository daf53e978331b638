/** The logistic regression scripts/train-answerer.ts and scripts/loco-answerer.ts fit the answerer's models with. */

export interface Sample {
  x: number[];
  y: number;
  /** How much the sample counts (1 unless said). */
  w?: number;
}

export function predictWith(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += w[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Logistic regression by Newton's method with a small ridge (the bias is not penalised). */
export function logistic(samples: Sample[], d: number, ridge: number): number[] {
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const { x, y, w: weight = 1 } of samples) {
      const p = predictWith(w, x);
      const r = weight * p * (1 - p);
      const e = weight * (p - y);
      for (let i = 0; i < d; i++) {
        g[i]! += e * x[i]!;
        for (let j = 0; j < d; j++) h[i]![j]! += r * x[i]! * x[j]!;
      }
    }
    for (let i = 1; i < d; i++) {
      g[i]! += ridge * w[i]!;
      h[i]![i]! += ridge;
    }
    h[0]![0]! += 1e-9;
    const step = solve(h, g);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-6) break;
  }
  return w;
}

/** Solves a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
