import 'dotenv/config';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { Engine } from '../engine.js';
import { log } from '../log.js';
import { interrupted, runMain } from './main.js';
import { progressReporter } from './progress.js';

const program = new Command()
  .name('npm run index --')
  .description(
    'Build or update the vector index in INDEX_DIR from the articles in CORPUS_DIR. Only changed articles are embedded again.',
  )
  .showHelpAfterError('(run with --help for usage)');

runMain(async () => {
  program.parse();
  const cfg = loadConfig();
  const t0 = performance.now();
  // Opening builds or updates the index when it is missing or stale; reindex() then covers the up-to-date case.
  const engine = await Engine.open(cfg, { onProgress: progressReporter('Indexing'), signal: interrupted });
  const result = await engine.reindex({ onProgress: progressReporter('Indexing'), signal: interrupted });
  const snap = engine.snapshotInfo;
  for (const e of result.corpusErrors) process.stderr.write(`rejected ${e.file}: ${e.message}\n`);
  log.info(
    `index ready: ${snap.manifest.passageCount} passages from ${snap.articles.size} articles, embedder ${snap.manifest.embedder.id}, ${Math.round(performance.now() - t0)} ms`,
  );
  if (result.corpusErrors.length) process.exitCode = 1;
});
