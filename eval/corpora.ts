import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalQuestion, ExpectedFact } from './evaluate.js';

export type Split = 'dev' | 'heldout';

/** One question of a development corpus (`eval/corpora/<name>/questions.json`). */
export interface CorpusQuestion {
  id: string;
  question: string;
  lang: 'en' | 'nl';
  /** Short acceptable answers; any one of them, found in the answer text or a quote, counts. */
  answers: string[];
  /** Ids of the articles that contain the answer. */
  articles: string[];
  answerable: boolean;
  split: Split;
  /**
   * The seed's questions only: every fact an answer must quote, each from its article (the seed's own accuracy;
   * `answers` accepts any one of them).
   */
  facts?: ExpectedFact[];
}

export interface EvalCorpus {
  name: string;
  /** Folder of the articles, as CORPUS_DIR takes it. */
  corpusDir: string;
  questions: CorpusQuestion[];
  /**
   * Set when the corpus asks about another corpus's articles (`corpus.json` `{"articlesOf": "en-wiki"}`): the same
   * articles, questions in another language. Such a corpus gives no out-of-corpus questions to any other.
   */
  articlesOf?: string;
  /**
   * Set for the corpus kept unseen as a whole (`corpus.json` `{"unseen": true}`): its figures are printed, but none
   * of its questions is ever listed, as its own failure or as another corpus's out-of-corpus one.
   */
  unseen?: boolean;
  /** The seed corpus keeps its own question format and report (eval/evaluate.ts) beside the shared metrics. */
  seed?: { dev: EvalQuestion[]; heldout: EvalQuestion[] };
}

export const CORPORA_DIR = 'eval/corpora';
export const SEED = {
  name: 'seed',
  corpusDir: 'corpus',
  dev: 'eval/questions.json',
  heldout: 'test/fixtures/questions.json',
};

/** Share of each development corpus held out from tuning. */
export const HELDOUT_SHARE = 0.3;

/**
 * The held-out rule: a question is held out when the first 8 hex digits of sha256(id), as a fraction of 2^32, fall
 * below HELDOUT_SHARE. Deterministic and independent of the question's text, so writing a question cannot choose its
 * split; the split stored in questions.json must agree (checked by test/unit/eval-corpora.test.ts).
 */
export function splitOf(id: string): Split {
  const h = Number.parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16);
  return h / 2 ** 32 < HELDOUT_SHARE ? 'heldout' : 'dev';
}

/** Names of the development corpora: every folder of eval/corpora with a questions.json. */
export function corpusNames(root = CORPORA_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'questions.json')))
    .map((d) => d.name)
    .sort();
}

export function loadDevCorpus(name: string, root = CORPORA_DIR): EvalCorpus {
  const dir = join(root, name);
  const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as CorpusQuestion[];
  const { articlesOf, unseen } = readCorpusJson(join(dir, 'corpus.json'));
  const flags = unseen ? { unseen } : {};
  if (articlesOf === undefined) return { name, corpusDir: join(dir, 'articles'), questions, ...flags };
  if (!existsSync(join(root, articlesOf, 'articles')))
    throw new Error(`${name}/corpus.json: articlesOf "${articlesOf}" has no articles folder in ${root}`);
  return { name, corpusDir: join(root, articlesOf, 'articles'), questions, articlesOf, ...flags };
}

function readCorpusJson(file: string): { articlesOf?: string; unseen?: boolean } {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { articlesOf?: unknown; unseen?: unknown };
  const { articlesOf, unseen } = parsed;
  const badName = articlesOf !== undefined && (typeof articlesOf !== 'string' || !/^[\w-]+$/.test(articlesOf));
  if (badName || (unseen !== undefined && typeof unseen !== 'boolean'))
    throw new Error(`${file}: expected {"articlesOf": "<corpus name>"} and/or {"unseen": true}`);
  return { ...(typeof articlesOf === 'string' ? { articlesOf } : {}), ...(unseen === true ? { unseen } : {}) };
}

/**
 * The seed corpus in the shared form: eval/questions.json is its dev split, test/fixtures/questions.json its held-out
 * split. Every expected quote fragment is an acceptable answer (the seed's own accuracy, which needs all of them, is
 * reported separately by evaluate()).
 */
export function loadSeedCorpus(): EvalCorpus {
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as EvalQuestion[];
  const dev = read(SEED.dev);
  const heldout = read(SEED.heldout);
  const convert = (qs: EvalQuestion[], split: Split): CorpusQuestion[] =>
    qs.map((q) => ({
      id: q.id,
      question: q.question,
      lang: q.lang,
      answers: q.expect.map((e) => e.quote),
      articles: q.articles,
      answerable: q.answerable,
      split,
      facts: q.expect,
    }));
  return {
    name: SEED.name,
    corpusDir: SEED.corpusDir,
    questions: [...convert(dev, 'dev'), ...convert(heldout, 'heldout')],
    seed: { dev, heldout },
  };
}

/** The corpora to evaluate: the seed and every development corpus, or only the named ones (unknown names throw). */
export function loadCorpora(names: string[] = [], root = CORPORA_DIR): EvalCorpus[] {
  const known = [SEED.name, ...corpusNames(root)];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0)
    throw new Error(`unknown corpus ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${known.join(', ')}`);
  const wanted = names.length > 0 ? known.filter((n) => names.includes(n)) : known;
  return wanted.map((n) => (n === SEED.name ? loadSeedCorpus() : loadDevCorpus(n, root)));
}

function rank(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether the two corpora ask about the same articles (a corpus and its questions in another language). */
export function sameArticles(a: EvalCorpus, b: EvalCorpus): boolean {
  return a.corpusDir === b.corpusDir;
}

/**
 * Out-of-corpus questions for `target`: answerable questions of the OTHER corpora in the given split, ordered by a
 * hash of target name and question id (deterministic, and a different sample for each target), the first `n`.
 * Their topics do not overlap, so the target's articles do not answer them and Bron should refuse. Corpora over the
 * target's own articles are left out, and so are corpora over borrowed articles (`articlesOf`), so adding one leaves
 * every other corpus's sample as it was.
 */
export function outOfCorpusSample(
  target: string,
  corpora: readonly EvalCorpus[],
  split: Split,
  n = 40,
): CorpusQuestion[] {
  const own = corpora.find((c) => c.name === target);
  return corpora
    .filter((c) => c.name !== target && c.articlesOf === undefined && !(own && sameArticles(c, own)))
    .flatMap((c) => c.questions.filter((q) => q.answerable && q.split === split))
    .map((q) => ({ q, key: rank(`${target}:${q.id}`) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, n)
    .map((x) => x.q);
}
