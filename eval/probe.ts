import 'dotenv/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { runMain } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { Bm25Baseline } from './bm25-baseline.js';
import { loadDevCorpus } from './corpora.js';
import { containsAnswer } from './normalize.js';
import { loadProbe, type Probe, type ProbeQuestion, probeFiles } from './probes.js';

const program = new Command()
  .name('npm run probe --')
  .description(
    "Asks the probes' questions (eval/probes/*.json, or the files given) of Bron over their corpora's articles, " +
      'beside the plain BM25 baseline: the answer in the first quote / anywhere, and unanswerable ones refused.',
  )
  .argument('[files...]', 'probe files (default: every eval/probes/*.json)')
  .option('--list', 'print one line per question: outcome, corpus, question, first quote')
  .showHelpAfterError('(run with --help for usage)');

/** Counts of one probe over one corpus. */
interface Tally {
  answerable: number;
  first: number;
  anywhere: number;
  bm25First: number;
  bm25Anywhere: number;
  unanswerable: number;
  refused: number;
}

const empty = (): Tally => ({
  answerable: 0,
  first: 0,
  anywhere: 0,
  bm25First: 0,
  bm25Anywhere: 0,
  unanswerable: 0,
  refused: 0,
});

async function askOne(engine: Engine, baseline: Bm25Baseline, q: ProbeQuestion, t: Tally): Promise<string> {
  const a = await engine.ask(q.question);
  const grounded = a.grounded && a.citations.length > 0;
  const firstQuote = a.citations[0]?.quote ?? '';
  if (!q.answerable) {
    t.unanswerable++;
    t.refused += +!a.grounded;
    return a.grounded ? 'U-ANSWERED' : 'U-REFUSED';
  }
  const first = grounded && containsAnswer([firstQuote], q.answers);
  const anywhere = grounded && containsAnswer([a.answer, ...a.citations.map((c) => c.quote)], q.answers);
  const hit = baseline.ask(q.question);
  t.answerable++;
  t.first += +first;
  t.anywhere += +anywhere;
  t.bm25First += +(hit.sentence !== undefined && containsAnswer([hit.sentence.text], q.answers));
  t.bm25Anywhere += +(hit.paragraph !== undefined && containsAnswer([hit.paragraph.text], q.answers));
  return first ? 'FIRST' : anywhere ? 'NOT-FIRST' : grounded ? 'NOWHERE' : `REFUSED(${a.refusedBy ?? '?'})`;
}

async function runProbe(probe: Probe, tmp: string, list: boolean): Promise<Map<string, Tally>> {
  const cfg = loadConfig({ EMBEDDINGS: 'local', ...process.env });
  const tallies = new Map<string, Tally>();
  for (const [name, questions] of Object.entries(probe.byCorpus)) {
    const corpus = loadDevCorpus(name);
    if (corpus.unseen) throw new Error(`${probe.name}: ${name} is kept unseen; a probe may not ask over it`);
    const index = join(tmp, `${probe.name}-${name}`);
    const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: index });
    try {
      const baseline = new Bm25Baseline([...engine.snapshotInfo.articles.values()]);
      const t = empty();
      for (const q of questions) {
        const outcome = await askOne(engine, baseline, q, t);
        if (list) console.log(`${outcome}\t${name}\t${q.question}`);
      }
      tallies.set(name, t);
    } finally {
      await engine.close();
    }
  }
  return tallies;
}

const share = (n: number, of: number) => (of === 0 ? '—' : `${n}/${of} (${(n / of).toFixed(3)})`);

function render(probe: string, tallies: Map<string, Tally>): string {
  const all = empty();
  for (const t of tallies.values()) for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
  const rows = [...tallies.entries(), ['all', all] as const].map(
    ([c, t]) =>
      `| ${c} | ${share(t.first, t.answerable)} | ${share(t.anywhere, t.answerable)} | ` +
      `${share(t.bm25First, t.answerable)} | ${share(t.bm25Anywhere, t.answerable)} | ${share(t.refused, t.unanswerable)} |`,
  );
  const head = '| corpus | first quote | anywhere | BM25 top sentence | BM25 top paragraph | unanswerable refused |';
  return [`### probe ${probe}`, '', head, '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
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
