import 'dotenv/config';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Answer } from '../src/answer/types.js';
import { runMain } from '../src/cli/main.js';
import { loadConfig } from '../src/config.js';
import { Engine } from '../src/engine.js';
import { corpusNames, loadDevCorpus } from './corpora.js';
import { fuzzCorpus } from './fuzz-questions.js';

const program = new Command()
  .name('npm run fuzz --')
  .description(
    "Asks questions made from each eval corpus's own figures and words (eval/fuzz-*.ts) and checks every claim of " +
      'every answer against its citation, as the eval does; prints each answer with an unsupported claim.',
  )
  .argument('[corpora...]', 'eval corpora (default: every one not kept unseen)')
  .option(
    '--max <n>',
    'questions per corpus at most',
    (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number from 1 up');
      return n;
    },
    800,
  )
  .showHelpAfterError('(run with --help for usage)');

runMain(async () => {
  program.parse();
  const names = program.args.length > 0 ? program.args : corpusNames();
  const cfg = loadConfig({ EMBEDDINGS: 'local', ...process.env });
  const tmp = mkdtempSync(join(tmpdir(), 'bron-fuzz-'));
  let [asked, cited, supported] = [0, 0, 0];
  try {
    for (const name of names) {
      const corpus = loadDevCorpus(name);
      // An unseen corpus's answers are not to be read, and this prints answers.
      if (corpus.unseen) continue;
      const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: join(tmp, name) });
      try {
        const print = (q: string, a: Answer, bad: number) =>
          console.log(`UNSUPPORTED ${bad}\t${name}\t${q}\n${a.answer}\n`);
        const t = await fuzzCorpus(engine, program.opts().max, print);
        [asked, cited, supported] = [asked + t.asked, cited + t.cited, supported + t.supported];
        console.log(`${name}: ${t.asked} questions, ${t.supported}/${t.cited} citations supported`);
      } finally {
        await engine.close();
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`all: ${asked} questions, ${supported}/${cited} citations supported`);
});
