import 'dotenv/config';
import { Command, InvalidArgumentError } from 'commander';
import { lexiconGaps } from '../answer/lexicon-gaps.js';
import { loadConfig } from '../config.js';
import { GLOSSARY_FILE, loadGlossary } from '../corpus/glossary.js';
import { loadCorpus } from '../corpus/load.js';
import { PACKS } from '../lang/index.js';
import { baseLexicon } from '../lang/lexicon.js';
import { runMain } from './main.js';

const program = new Command()
  .name('npm run glossary --')
  .description(
    `List the words of the articles in CORPUS_DIR that a question in another language cannot reach through the ` +
      `lexicon and ${GLOSSARY_FILE}, most widespread first: lines to fill in and add to ${GLOSSARY_FILE}.`,
  )
  .option('--limit <n>', 'how many words to list', positive, 40)
  .option('--from <lang>', `the language readers ask in (${PACKS.map((p) => p.code).join(', ')}); default: every one`)
  .showHelpAfterError('(run with --help for usage)');

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

runMain(async () => {
  program.parse();
  const opts = program.opts<{ limit: number; from?: string }>();
  if (opts.from !== undefined && !PACKS.some((p) => p.code === opts.from))
    program.error(`--from must be one of ${PACKS.map((p) => p.code).join(', ')}, not "${opts.from}"`);
  const cfg = loadConfig();
  const corpus = await loadCorpus(cfg.CORPUS_DIR);
  const glossary = await loadGlossary(cfg.CORPUS_DIR);
  for (const e of [...corpus.errors, ...glossary.errors]) process.stderr.write(`ignored ${e.file}: ${e.message}\n`);
  const askers = opts.from ? [opts.from] : PACKS.map((p) => p.code);
  const gaps = await lexiconGaps(corpus.articles, baseLexicon().with(glossary.glossary), { askers, limit: opts.limit });
  if (gaps.length === 0) {
    process.stdout.write(`# no gaps: every word of the articles is reached from ${askers.join(', ')}\n`);
    return;
  }
  process.stdout.write(
    `# Words of ${corpus.articles.length} articles a question cannot reach, most widespread first.\n` +
      `# Write the English word(s) first, the articles' Dutch second (english<TAB>dutch|dutch),\n` +
      `# add the lines to ${cfg.CORPUS_DIR}/${GLOSSARY_FILE}, and restart or /reindex.\n`,
  );
  for (const g of gaps) {
    const articles = `${g.articles} article${g.articles === 1 ? '' : 's'}`;
    const line = g.lang === 'en' ? `${g.word}\t?` : `?\t${g.word}`;
    process.stdout.write(`${line}\t# ${g.lang} word, not reached from ${g.from}; in ${articles}\n`);
  }
});
