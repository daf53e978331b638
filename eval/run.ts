import 'dotenv/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { runMain } from '../src/cli/main.js';
import { type Config, loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { log } from '../src/log.js';
import { compareRuns, loadRun, renderComparison, saveRun } from './compare.js';
import { type EvalCorpus, loadCorpora, type Split } from './corpora.js';
import { type EvalReport, evaluateRetrieval, TARGETS } from './evaluate.js';
import { type CorpusResult, evaluateCorpus } from './multi.js';
import { renderText } from './table.js';

const program = new Command()
  .name('npm run eval --')
  .description(
    'Answer quality on every corpus (the seed corpus/ and eval/corpora/*), side by side with a plain BM25 baseline. ' +
      'Offline default embedder unless EMBEDDINGS says otherwise.',
  )
  .option('--corpus <name>', 'evaluate only this corpus (repeatable; default: all)', collect, [] as string[])
  .addOption(new Option('--split <split>', 'which questions').choices(['dev', 'heldout', 'all']).default('all'))
  .option('--failures', 'list every failed DEV question (held-out questions are never listed)')
  .option('--json', 'print exactly one JSON object on stdout')
  .option('--save <file>', "write every question's outcome to this file, to compare a later run against")
  .option('--against <file>', 'print how many questions each measure gained and lost since the run saved there')
  .showHelpAfterError('(run with --help for usage)');

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface Options {
  corpus: string[];
  split: 'dev' | 'heldout' | 'all';
  failures?: boolean;
  json?: boolean;
  save?: string;
  against?: string;
}

runMain(async () => {
  program.parse();
  const opts = program.opts<Options>();
  const corpora = loadCorpora(opts.corpus);
  // Out-of-corpus questions come from the other corpora, also when only some are evaluated.
  const all = loadCorpora();
  const splits: Split[] = opts.split === 'all' ? ['dev', 'heldout'] : [opts.split];
  const cfg = loadConfig({ EMBEDDINGS: 'local', ...process.env });
  const before = opts.against ? loadRun(opts.against) : undefined; // a bad file fails before the long run
  // Private index folders, so evaluating never disturbs the index a running bot uses.
  const tmp = mkdtempSync(join(tmpdir(), 'bron-eval-'));
  try {
    const results: CorpusResult[] = [];
    let embedder = '';
    let transformers: Awaited<ReturnType<typeof transformersRetrieval>> = 'not measured';
    for (const corpus of corpora) {
      const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: join(tmp, corpus.name) });
      embedder = engine.embeddings.id;
      results.push(await evaluateCorpus(engine, corpus, all, splits));
      await engine.close();
      if (corpus.seed && splits.includes('dev')) transformers = await transformersRetrieval(cfg, corpus, tmp);
    }
    const outcomes = results.flatMap((r) => r.outcomes);
    const reported = results.map(({ outcomes: _saved, ...r }) => r);
    const out = { embedder, splits, corpora: reported, seed_transformers_retrieval: transformers, targets: TARGETS };
    if (opts.json) process.stdout.write(`${JSON.stringify(out)}\n`);
    else
      process.stdout.write(renderText(results, embedder, describeTransformers(transformers), opts.failures ?? false));
    if (before && !opts.json)
      process.stdout.write(`\n${renderComparison(compareRuns(before, { version: 1, outcomes }))}`);
    if (opts.save) saveRun(opts.save, outcomes);
    const seed = results.find((r) => r.seed?.dev)?.seed?.dev;
    if (seed && !seedTargetsMet(seed)) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** The seed's targets (README): the exit code is non-zero when its dev set misses one. */
function seedTargetsMet(r: EvalReport): boolean {
  return (
    (r.retrieval.hybrid?.hit5 ?? 0) >= TARGETS.hit5 &&
    r.answer_accuracy >= TARGETS.answer_accuracy &&
    r.citation_precision >= TARGETS.citation_precision &&
    r.refusal_precision >= TARGETS.refusal_precision &&
    r.refusal_recall >= TARGETS.refusal_recall
  );
}

/** Seed retrieval with the transformers.js model, when it is on this machine (never downloaded here). */
async function transformersRetrieval(cfg: Config, seed: EvalCorpus, tmp: string) {
  if (cfg.EMBEDDINGS !== 'local' || !seed.seed) return 'not measured' as const;
  try {
    const engine = await Engine.open({
      ...cfg,
      CORPUS_DIR: seed.corpusDir,
      EMBEDDINGS: 'transformers',
      EMBEDDINGS_ALLOW_DOWNLOAD: false,
      INDEX_DIR: join(tmp, 'seed-transformers'),
    });
    return {
      vector: await evaluateRetrieval(engine, seed.seed.dev, 'vector'),
      hybrid: await evaluateRetrieval(engine, seed.seed.dev, 'hybrid'),
    };
  } catch (err) {
    log.info(`transformers.js embedder not measured: ${(err as Error).message.split('\n')[0]}`);
    return 'model unavailable' as const;
  }
}

function describeTransformers(t: Awaited<ReturnType<typeof transformersRetrieval>>): string {
  if (typeof t === 'string') return `seed, transformers.js retrieval: ${t}`;
  return Object.entries(t)
    .map(([m, s]) => `seed, transformers.js ${m}: hit@1 ${s.hit1.toFixed(3)}, hit@5 ${s.hit5.toFixed(3)}`)
    .join('\n');
}
