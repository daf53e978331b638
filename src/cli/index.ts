import 'dotenv/config';
import { Command } from 'commander';
import { loadConfig } from '../config.js';
import { Engine } from '../engine.js';
import { log } from '../log.js';
import { ReindexQueue, watchCorpus } from '../watch.js';
import { interrupted, runMain } from './main.js';
import { progressReporter } from './progress.js';

const program = new Command()
  .name('npm run index --')
  .description(
    'Build or update the vector index in INDEX_DIR from the articles in CORPUS_DIR. ' +
      'Only changed articles are embedded again.',
  )
  .option(
    '--watch',
    'keep running: reindex when article files in CORPUS_DIR are added, changed or removed (Ctrl-C stops)',
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
    `index ready: ${snap.manifest.passageCount} passages from ${snap.articles.size} articles, ` +
      `embedder ${snap.manifest.embedder.id}, ${Math.round(performance.now() - t0)} ms`,
  );
  if (program.opts<{ watch?: boolean }>().watch) return watchAndReindex(engine, cfg);
  if (result.corpusErrors.length) process.exitCode = 1;
});

/** --watch: every settled change in CORPUS_DIR is indexed (one reindex at a time) and reported on stderr. */
async function watchAndReindex(engine: Engine, cfg: ReturnType<typeof loadConfig>): Promise<void> {
  const queue = new ReindexQueue(engine, (u) => {
    const parts = [
      u.added.length ? `added ${u.added.join(', ')}` : '',
      u.changed.length ? `changed ${u.changed.join(', ')}` : '',
      u.removed.length ? `removed ${u.removed.join(', ')}` : '',
    ].filter(Boolean);
    for (const e of u.result.corpusErrors) process.stderr.write(`rejected ${e.file}: ${e.message}\n`);
    log.info(
      `${parts.join('; ') || 'no article changed'} (${u.result.passages} passages, ${Math.round(u.result.ms)} ms)`,
    );
  });
  const watcher = watchCorpus(cfg.CORPUS_DIR, {
    debounceMs: cfg.WATCH_DEBOUNCE_MS,
    stableMs: cfg.WATCH_STABLE_MS,
    onChange: (files) => {
      log.info(`${files.length} file(s) changed in ${cfg.CORPUS_DIR}; reindexing`);
      queue.run().catch((err: unknown) => log.error({ err }, 'reindex after a change failed'));
    },
  });
  await watcher.ready;
  log.info(`watching ${cfg.CORPUS_DIR} for changes (Ctrl-C stops)`);
  await new Promise<never>(() => undefined); // runs until a signal ends the process
}
