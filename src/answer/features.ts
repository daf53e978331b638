import { type AnswerKind, fold, pack } from '../lang/index.js';
import { stem, words } from '../text/analyze.js';
import type { Candidate } from './candidates.js';
import type { Question } from './question.js';

/** Kinds whose answers words can recognise reliably: a unit without one cannot answer. */
export const REQUIRED_KINDS: ReadonlySet<AnswerKind> = new Set(['count', 'amount', 'time', 'age']);
/** Kinds a unit is checked for, whose presence is a signal but not a condition. */
const SIGNAL_KINDS: ReadonlySet<AnswerKind> = new Set(['place', 'person', 'reason', 'speech']);

/** What the ranker weighs for each unit: how likely the unit holds the answer. Names match `UNIT_FEATURES`. */
export const UNIT_FEATURES = [
  'bias',
  'coverage',
  'strict',
  'content',
  'names',
  'kind',
  'retrieval',
  'pair',
  'chrome',
  'asks',
  'length',
  'proximity',
  'lead',
  'relCoverage',
  'novel',
  'defines',
] as const;

/** What the answerability model weighs for a question, given its best units. Names match `QUESTION_FEATURES`. */
export const QUESTION_FEATURES = [
  'bias',
  'best',
  'margin',
  'strict',
  'content',
  'allContent',
  'names',
  'known',
  'kindRequired',
] as const;

/** What a unit's features are measured against: the best coverage among the question's units. */
export interface PoolStats {
  maxCoverage: number;
}

export function poolStats(pool: readonly Candidate[]): PoolStats {
  return { maxCoverage: Math.max(1e-9, ...pool.map((c) => c.m.coverage)) };
}

export function unitFeatures(c: Candidate, q: Question, pool: PoolStats): number[] {
  const n = wordsIn(c.unit.text);
  return [
    1,
    c.m.coverage,
    c.m.strict,
    c.m.content,
    namesShare(c, q),
    c.kind && SIGNAL_KINDS.has(q.kind) ? 1 : 0,
    c.retrieval,
    c.pair ? 1 : 0,
    c.chrome ? 1 : 0,
    /\?[\s”"’»]*$/.test(c.unit.text) ? 1 : 0,
    Math.log1p(n) / Math.log1p(60),
    proximity(c, q),
    c.unit.index === 0 ? 1 : 0,
    c.m.coverage / pool.maxCoverage,
    novelty(c, q),
    q.kind === 'definition' && defines(c, q) ? 1 : 0,
  ];
}

/** Share of the unit's content words that are not the question's: an answer says something the question does not. */
function novelty(c: Candidate, q: Question): number {
  const forms = new Set(
    q.groups.flatMap((g) => [...(g.forms.get(c.article.language) ?? []), ...(g.soft.get(c.article.language) ?? [])]),
  );
  const own = [...c.stems];
  return own.length > 0 ? own.filter((s) => !forms.has(s)).length / own.length : 0;
}

/** "X is a …", "X, a …": the unit says what the question's subject is. */
function defines(c: Candidate, q: Question): boolean {
  const p = pack(c.article.language);
  const lang = c.article.language;
  const ws = words(c.unit.text);
  for (let i = 0; i < ws.length; i++) {
    const s = stem(ws[i]!, lang);
    if (!q.groups.some((g) => g.forms.get(lang)?.has(s))) continue;
    if (ws.slice(i + 1, i + 4).some((w) => p.copulas.has(w))) return true;
  }
  return false;
}

/** Features of the question's answerability, from its best unit (`p1`, the ranker's probability) and runner-up. */
export function questionFeatures(q: Question, best: Candidate, p1: number, p2: number): number[] {
  return [
    1,
    p1,
    p1 - p2,
    best.m.strict,
    best.m.content,
    best.m.allContent,
    namesShare(best, q),
    knownShare(q),
    REQUIRED_KINDS.has(q.kind) ? 1 : 0,
  ];
}

/** Share of the question's names the unit names, in its own words or its context (paragraph, title). */
function namesShare(c: Candidate, q: Question): number {
  if (q.names.length === 0) return 1;
  const named = q.names.filter((run) => run.some((alt) => alt.every((id) => c.m.matched.has(id) || c.m.near.has(id))));
  return named.length / q.names.length;
}

/** Weighted share of the question's words the corpus uses at all: questions about other things use few. */
function knownShare(q: Question): number {
  let total = 0;
  let known = 0;
  for (const g of q.groups) {
    total += g.weight;
    if (g.known) known += g.weight;
  }
  return total > 0 ? known / total : 0;
}

/** How close together the question's words stand in the unit: matched words over the span they take, at most 1. */
function proximity(c: Candidate, q: Question): number {
  const lang = c.article.language;
  const ws = words(c.unit.text);
  const positions: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const s = stem(ws[i]!, lang);
    if (q.groups.some((g) => g.forms.get(lang)?.has(s) || g.soft.get(lang)?.has(s))) positions.push(i);
  }
  if (positions.length < 2) return positions.length > 0 ? 1 / Math.max(1, q.groups.length) : 0;
  const span = positions.at(-1)! - positions[0]! + 1;
  return Math.min(1, positions.length / span) * Math.min(1, positions.length / q.groups.length);
}

function wordsIn(text: string): number {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function predict(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return sigmoid(z);
}
