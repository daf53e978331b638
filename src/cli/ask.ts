import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import { type Answer, toJson } from '../answer/types.js';
import { loadConfig } from '../config.js';
import { Engine } from '../engine.js';
import { inQuotes, oneLine } from '../text/quotes.js';
import { QuestionError } from '../text/sanitize.js';
import { fail, interrupted, runMain } from './main.js';
import { progressReporter } from './progress.js';
import { QuestionInputError, readQuestion } from './read-question.js';

const program = new Command()
  .name('npm run ask --')
  .description('Answer a question from the corpus, with verbatim quotes and their sources (offline).')
  .argument('[question...]', 'the question, in English or Dutch; - reads it from standard input')
  .option('--file <path>', 'read the question from a file (- for standard input), e.g. one too long for the shell')
  .option('--json', 'print exactly one JSON object on stdout: {answer, grounded, citations}')
  .option('--offline', 'never try to download the embedding model (as EMBEDDINGS_ALLOW_DOWNLOAD=false)')
  .option('--mode <mode>', 'retrieval: hybrid (default), vector or bm25', (v) => {
    if (!['hybrid', 'vector', 'bm25'].includes(v)) throw new InvalidArgumentError('use hybrid, vector or bm25');
    return v as 'hybrid' | 'vector' | 'bm25';
  })
  .showHelpAfterError('(run with --help for usage)');

runMain(async () => {
  program.parse();
  const opts = program.opts<{
    json?: boolean;
    mode?: 'hybrid' | 'vector' | 'bm25';
    file?: string;
    offline?: boolean;
  }>();
  let question: string;
  try {
    question = await readQuestion(program.args, opts.file);
  } catch (err) {
    if (err instanceof QuestionInputError) fail(err.message, 2);
    throw err;
  }
  const cfg = loadConfig();
  if (opts.offline) cfg.EMBEDDINGS_ALLOW_DOWNLOAD = false;
  const engine = await Engine.open(cfg, { onProgress: progressReporter('Building index'), signal: interrupted });
  let answer: Answer;
  try {
    answer = await engine.ask(question, { mode: opts.mode });
  } catch (err) {
    if (err instanceof QuestionError) fail(err.message, 2);
    throw err;
  }
  // The JSON object has a fixed shape, so a trimming notice goes to stderr there.
  if (opts.json && answer.notice) process.stderr.write(`bron: ${answer.notice}\n`);
  process.stdout.write(opts.json ? `${JSON.stringify(toJson(answer))}\n` : render(answer));
});

/** The readable form: the answer, then numbered sources with quote, title, author, outlet, date and link. */
export function render(a: Answer): string {
  const out = [...(a.notice ? [`(${a.notice})`, ''] : []), a.answer, ''];
  if (a.citations.length) {
    out.push(a.language === 'nl' ? 'Bronnen:' : 'Sources:');
    for (const c of a.citations) {
      const by = c.author ? `${c.author}, ` : '';
      const where = `${c.title} — ${by}${c.source}${c.url ? ` — ${c.url}` : ''} (${c.file})`;
      // Quotes already shown in the answer are not repeated; figure answers show only the number, so quote here.
      if (a.answer.includes(oneLine(c.quote))) out.push(`[${c.n}] ${where}`);
      else out.push(`[${c.n}] ${inQuotes(c.quote)}`, `    ${where}`);
    }
    out.push('');
  }
  return out.join('\n');
}
