import 'dotenv/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runMain } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { loadDevCorpus } from './corpora.js';
import { probeCorpus, render, type Tally } from './probe-tally.js';
import { loadProbe, type Probe, type ProbeQuestion, probeFiles } from './probes.js';

const program = new Command()
  .name('npm run probe --')
  .description(
    "Asks the probes' questions (eval/probes/*.json, or the files given) of Bron over their corpora's articles, " +
      'beside the plain BM25 baseline: the answer in the first quote / anywhere, and unanswerable ones refused.',
  )
  .argument('[files...]', 'probe files (default: every eval/probes/*.json)')
  .option('--list', 'print one line per question: its outcome, corpus and text')
  .showHelpAfterError('(run with --help for usage)');

async function runProbe(probe: Probe, tmp: string, list: boolean): Promise<Map<string, Tally>> {
  const cfg = loadConfig({ EMBEDDINGS: 'local', ...process.env });
  const tallies = new Map<string, Tally>();
  for (const [name, questions] of Object.entries(probe.byCorpus)) {
    const corpus = loadDevCorpus(name);
    if (corpus.unseen) throw new Error(`${probe.name}: ${name} is kept unseen; a probe may not ask over it`);
    const index = join(tmp, `${probe.name}-${name}`);
    const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: index });
    try {
      const print = (outcome: string, q: ProbeQuestion) => list && console.log(`${outcome}\t${name}\t${q.question}`);
      tallies.set(name, await probeCorpus(engine, questions, print));
    } finally {
      await engine.close();
    }
  }
  return tallies;
}

runMain(async () => {
  program.parse();
  const files = program.args.length > 0 ? program.args : probeFiles();
  const probes = files.map(loadProbe); // a bad file fails before the long run
  const tmp = mkdtempSync(join(tmpdir(), 'bron-probe-'));
  try {
    for (const probe of probes) console.log(render(probe.name, await runProbe(probe, tmp, !!program.opts().list)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
