import 'dotenv/config';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runMain } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { log } from '../src/log.js';
import { type EvalQuestion, type EvalReport, evaluate, TARGETS } from './evaluate.js';

const program = new Command()
  .name('npm run eval --')
  .description(
    'Measure retrieval and answer quality on a question set (offline default embedder unless EMBEDDINGS says otherwise).',
  )
  .option('--json', 'print exactly one JSON object on stdout')
  .option('--questions <file>', 'question set', 'eval/questions.json')
  .option('--failures', 'list every failed question')
  .showHelpAfterError('(run with --help for usage)');

runMain(async () => {
  program.parse();
  const opts = program.opts<{ json?: boolean; questions: string; failures?: boolean }>();
  const questions = JSON.parse(readFileSync(opts.questions, 'utf8')) as EvalQuestion[];
  const cfg = loadConfig({ EMBEDDINGS: 'local', ...process.env });
  // A private index folder, so evaluating never disturbs the index a running bot uses.
  const indexDir = mkdtempSync(join(tmpdir(), 'bron-eval-'));
  try {
    const engine = await Engine.open({ ...cfg, INDEX_DIR: indexDir });
    const report = await evaluate(engine, questions);
    const embedder = engine.embeddings.id;
    let transformers: EvalReport['retrieval'] | string = 'model unavailable';
    if (cfg.EMBEDDINGS === 'local') {
      try {
        const tEngine = await Engine.open({
          ...cfg,
          EMBEDDINGS: 'transformers',
          EMBEDDINGS_ALLOW_DOWNLOAD: false,
          INDEX_DIR: join(indexDir, 'transformers'),
        });
        transformers = (await evaluate(tEngine, questions, ['vector', 'hybrid'])).retrieval;
      } catch (err) {
        log.info(`transformers.js embedder not measured: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    const out = { embedder, ...report, transformers, targets: TARGETS };
    if (opts.json) {
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      process.stdout.write(table(out, opts.failures ?? false));
    }
    const met =
      report.retrieval.hybrid!.hit5 >= TARGETS.hit5 &&
      report.answer_accuracy >= TARGETS.answer_accuracy &&
      report.citation_precision >= TARGETS.citation_precision &&
      report.refusal_precision >= TARGETS.refusal_precision &&
      report.refusal_recall >= TARGETS.refusal_recall;
    if (!met) process.exitCode = 1;
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
});

function pct(x: number): string {
  return x.toFixed(3);
}

function table(
  r: EvalReport & { embedder: string; transformers: EvalReport['retrieval'] | string },
  showFailures: boolean,
): string {
  const lines = [
    `Bron eval: ${r.questions} questions (${r.answerable} answerable, ${r.unanswerable} not), embedder ${r.embedder}`,
    '',
    '| retrieval | hit@1 | hit@5 | MRR |',
    '| --- | --- | --- | --- |',
    ...Object.entries(r.retrieval).map(([m, s]) => `| ${m} | ${pct(s.hit1)} | ${pct(s.hit5)} | ${pct(s.mrr)} |`),
    ...(typeof r.transformers === 'string'
      ? [`| transformers.js | ${r.transformers} | | |`]
      : Object.entries(r.transformers).map(
          ([m, s]) => `| transformers ${m} | ${pct(s.hit1)} | ${pct(s.hit5)} | ${pct(s.mrr)} |`,
        )),
    '',
    '| answers | value | target |',
    '| --- | --- | --- |',
    `| answer accuracy | ${pct(r.answer_accuracy)} | ≥ ${TARGETS.answer_accuracy} |`,
    `| citation precision (${r.citations} citations) | ${pct(r.citation_precision)} | ${TARGETS.citation_precision} |`,
    `| refusal precision | ${pct(r.refusal_precision)} | ≥ ${TARGETS.refusal_precision} |`,
    `| refusal recall | ${pct(r.refusal_recall)} | ≥ ${TARGETS.refusal_recall} |`,
    `| hybrid hit@5 | ${pct(r.retrieval.hybrid?.hit5 ?? 0)} | ≥ ${TARGETS.hit5} |`,
    '',
    `${r.failures.length} failure(s)${showFailures || r.failures.length <= 10 ? ':' : ' (run with --failures to list them all)'}`,
    ...(showFailures ? r.failures : r.failures.slice(0, 10)).map((f) => `  ${f.id} ${f.question} — ${f.problem}`),
    '',
  ];
  return lines.join('\n');
}
