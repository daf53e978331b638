import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { type Config, loadConfig } from '../../src/config.js';
import { Engine } from '../../src/engine.js';

/** A fresh index folder per test file, removed afterwards; the corpus is the real one unless a test gives another. */
export function tempDir(prefix = 'bron-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  // The built-in embedder and no reranker: answers never depend on what models a developer has on disk.
  return loadConfig({ EMBEDDINGS: 'local', RERANKER: 'none', LOG_LEVEL: 'silent', ...overrides });
}

export async function openEngine(indexDir: string, overrides: Record<string, string> = {}): Promise<Engine> {
  return Engine.open(testConfig({ INDEX_DIR: indexDir, ...overrides }));
}

/** One hand-made article: the front matter the corpus loader reads, and its text. */
export interface ArticleSpec {
  id: string;
  title: string;
  outlet: string;
  date: string;
  language: string;
  /** Who wrote or spoke it (front matter `author`). */
  author?: string;
  body: string;
}

/** One hand-made article, written into `dir` as `<id>.md`. */
export function writeArticle(dir: string, a: ArticleSpec): void {
  const author = a.author ? `\nauthor: "${a.author}"` : '';
  const front = `id: ${a.id}\ntitle: "${a.title}"\noutlet: ${a.outlet}\ndate: "${a.date}"\nlanguage: ${a.language}${author}`;
  writeFileSync(join(dir, `${a.id}.md`), `---\n${front}\n---\n${a.body}\n`);
}

/**
 * An engine over hand-made articles, for one describe block: `write` puts them in the corpus folder it is given
 * before the block's tests; the folder goes afterwards. Returns the engine's getter (it opens in `beforeAll`).
 */
export function engineOver(prefix: string, write: (corpus: string) => void): () => Engine {
  const tmp = tempDir(prefix);
  let engine: Engine | undefined;
  beforeAll(async () => {
    const corpus = join(tmp.dir, 'corpus');
    mkdirSync(corpus);
    write(corpus);
    engine = await openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: corpus });
  });
  afterAll(tmp.cleanup);
  return () => {
    if (!engine) throw new Error('the engine opens in beforeAll: ask it inside a test');
    return engine;
  };
}

/** `engineOver` a corpus of just these articles, keyed by id (it names the file, so no two can share one). */
export function engineWith(prefix: string, articles: Readonly<Record<string, Omit<ArticleSpec, 'id'>>>): () => Engine {
  return engineOver(prefix, (corpus) => {
    for (const [id, article] of Object.entries(articles)) writeArticle(corpus, { id, ...article });
  });
}

/** Asks each question: each must be answered, its first quote matching. The answers, for further checks. */
export async function expectFirstQuotes(
  engine: Engine,
  cases: readonly (readonly [string, RegExp])[],
): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const [q, quote] of cases) {
    const a = await engine.ask(q);
    expect(a.grounded, q).toBe(true);
    expect(a.citations[0]?.quote, q).toMatch(quote);
    answers.push(a);
  }
  return answers;
}

/**
 * The engine with its answers' text changed after the fact (`alter`), as a faulty answerer would write it: for tests
 * of the checks that must catch a claim its citations do not support.
 */
export function alteredAnswers(real: Engine, alter: (answer: string) => string): Engine {
  const ask = async (q: string) => {
    const a = await real.ask(q);
    return { ...a, answer: alter(a.answer) };
  };
  return { snapshotInfo: real.snapshotInfo, ask } as unknown as Engine;
}
