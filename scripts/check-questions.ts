/**
 * Checks the question sets against the corpus:
 *
 *   npx tsx scripts/check-questions.ts            # check, print problems and the counts, exit 1 on any problem
 *   npx tsx scripts/check-questions.ts --markdown # same, counts as Markdown tables (for eval/README.md)
 *
 * `eval/questions.json` is the tuning set, `test/fixtures/questions.json` the held-out set. Every quote must be a
 * verbatim substring of its article's body (the text after the front matter), so an answer that cites it proves
 * the fact. Needs nothing but Node: the front matter is parsed minimally, only `id` is read from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();
const CORPUS_DIR = 'corpus';
const EVAL_FILE = 'eval/questions.json';
const FIXTURE_FILE = 'test/fixtures/questions.json';

const TAGS = [
  'figures',
  'conflict',
  'who',
  'where',
  'when',
  'what',
  'why',
  'short',
  'typo',
  'spelling-variant',
  'number-format',
  'paraphrase',
  'cross-article',
  'unanswerable',
] as const;
const LANGS = ['en', 'nl'] as const;
const QUOTE_WORDS = { min: 2, max: 8 };

/** Minimums. The eval set is for tuning, the fixture is held out; see eval/README.md. */
const MIN = {
  eval: {
    total: 70,
    langShare: 0.4, // each language at least this share of the set
    unanswerable: 12,
    perArticle: 5, // questions listing the article in `articles`
    perFormTag: {
      short: 4,
      typo: 2,
      'spelling-variant': 6,
      'number-format': 4,
      paraphrase: 6,
      'cross-article': 10,
    } as Record<string, number>,
  },
  fixture: {
    total: 24,
    perLang: 12, // exactly 12 English and 12 Dutch
    unanswerable: 4,
    conflict: 3,
    spellingVariant: 2,
    shortEnglish: 2, // short English questions: cross-lingual, since the corpus is Dutch
  },
};

interface Expect {
  article: string;
  quote: string;
}
interface Question {
  id: string;
  question: string;
  lang: string;
  tags: string[];
  answerable: boolean;
  articles: string[];
  expect: Expect[];
}

const problems: string[] = [];
const warnings: string[] = [];
const problem = (msg: string) => problems.push(msg);

// ---------------------------------------------------------------- corpus

interface Body {
  text: string;
  /** The body cut into sentences (Unicode UAX #29, as the engine cites them), for the one-sentence rule. */
  sentences: string[];
}

/** Article id → body. The body is everything after the second `---` line, exactly as stored. */
function loadCorpus(): Map<string, Body> {
  const bodies = new Map<string, Body>();
  const dir = join(ROOT, CORPUS_DIR);
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md') && !n.startsWith('.') && n.toLowerCase() !== 'readme.md')
    .sort();
  for (const name of names) {
    const file = `${CORPUS_DIR}/${name}`;
    const text = readFileSync(join(dir, name), 'utf8');
    if (!text.startsWith('---\n')) {
      problem(`${file}: does not start with a --- line`);
      continue;
    }
    const end = text.indexOf('\n---\n', 3);
    if (end < 0) {
      problem(`${file}: no closing --- line after the front matter`);
      continue;
    }
    const front = text.slice(4, end);
    const body = text.slice(end + '\n---\n'.length);
    const id = /^id:[ \t]*["']?([^"'\n]+?)["']?[ \t]*$/m.exec(front)?.[1];
    if (!id) {
      problem(`${file}: front matter has no id`);
      continue;
    }
    if (bodies.has(id)) problem(`${file}: article id "${id}" is used twice`);
    const language = /^language:[ \t]*["']?([a-z]{2})["']?[ \t]*$/m.exec(front)?.[1] ?? 'nl';
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    bodies.set(id, { text: body, sentences: [...segmenter.segment(body)].map((x) => x.segment) });
  }
  if (bodies.size === 0) problem(`${CORPUS_DIR}/: no articles found`);
  return bodies;
}

// ---------------------------------------------------------------- questions

function loadQuestions(file: string): Question[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
  } catch (err) {
    problem(`${file}: cannot read or parse: ${(err as Error).message}`);
    return [];
  }
  if (!Array.isArray(data)) {
    problem(`${file}: must be a JSON array of questions`);
    return [];
  }
  const out: Question[] = [];
  for (const [i, raw] of (data as unknown[]).entries()) {
    const where = `${file}[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      problem(`${where}: not an object`);
      continue;
    }
    const q = raw as Record<string, unknown>;
    const label = typeof q.id === 'string' ? `${file} ${q.id}` : where;
    const bad = (field: string, want: string): false => {
      problem(`${label}: "${field}" must be ${want}`);
      return false;
    };
    let ok = true;
    if (typeof q.id !== 'string' || !q.id.trim()) ok = bad('id', 'a non-empty string');
    if (typeof q.question !== 'string' || !q.question.trim()) ok = bad('question', 'a non-empty string');
    if (typeof q.lang !== 'string' || !(LANGS as readonly string[]).includes(q.lang))
      ok = bad('lang', `one of ${LANGS.join(', ')}`);
    if (!Array.isArray(q.tags) || !q.tags.every((t) => typeof t === 'string')) ok = bad('tags', 'an array of strings');
    if (typeof q.answerable !== 'boolean') ok = bad('answerable', 'true or false');
    if (!Array.isArray(q.articles) || !q.articles.every((a) => typeof a === 'string'))
      ok = bad('articles', 'an array of article ids');
    if (
      !Array.isArray(q.expect) ||
      !q.expect.every(
        (e) => typeof e === 'object' && e !== null && typeof e.article === 'string' && typeof e.quote === 'string',
      )
    )
      ok = bad('expect', 'an array of { article, quote }');
    const extra = Object.keys(q).filter(
      (k) => !['id', 'question', 'lang', 'tags', 'answerable', 'articles', 'expect'].includes(k),
    );
    if (extra.length) problem(`${label}: unknown field(s) ${extra.join(', ')}`);
    if (ok) out.push(q as unknown as Question);
  }
  return out;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
/** For duplicate detection: case, punctuation and spacing do not make a question different. */
const normalize = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function checkQuestion(file: string, q: Question, bodies: Map<string, Body>): void {
  const label = `${file} ${q.id}`;
  for (const t of q.tags) if (!(TAGS as readonly string[]).includes(t)) problem(`${label}: unknown tag "${t}"`);
  if (new Set(q.tags).size !== q.tags.length) problem(`${label}: a tag is listed twice`);
  if (!q.tags.some((t) => ['figures', 'conflict', 'who', 'where', 'when', 'what', 'why', 'unanswerable'].includes(t)))
    warnings.push(`${label}: no topic tag (figures, conflict, who, where, when, what, why)`);
  if (q.answerable !== !q.tags.includes('unanswerable'))
    problem(
      `${label}: answerable is ${q.answerable} but the tag "unanswerable" is ${q.tags.includes('unanswerable') ? 'present' : 'missing'}`,
    );

  for (const a of q.articles) if (!bodies.has(a)) problem(`${label}: unknown article id "${a}" in articles`);
  if (new Set(q.articles).size !== q.articles.length) problem(`${label}: an article is listed twice in articles`);

  if (q.answerable) {
    if (q.expect.length === 0) problem(`${label}: answerable but expect is empty`);
    if (q.articles.length === 0) problem(`${label}: answerable but articles is empty`);
  } else {
    if (q.expect.length > 0) problem(`${label}: unanswerable but expect is not empty`);
    if (q.articles.length > 0) problem(`${label}: unanswerable but articles is not empty`);
  }
  if (q.tags.includes('cross-article') && new Set(q.expect.map((e) => e.article)).size < 2 && q.articles.length < 2)
    problem(`${label}: tagged cross-article but only one article is involved`);

  const seenQuotes = new Set<string>();
  for (const e of q.expect) {
    const article = bodies.get(e.article);
    if (article === undefined) {
      problem(`${label}: unknown article id "${e.article}" in expect`);
      continue;
    }
    if (!q.articles.includes(e.article)) problem(`${label}: expect cites "${e.article}", which is not in articles`);
    if (seenQuotes.has(`${e.article}\u0000${e.quote}`)) problem(`${label}: quote “${e.quote}” is expected twice`);
    seenQuotes.add(`${e.article}\u0000${e.quote}`);
    const body = article.text;
    if (!body.includes(e.quote)) {
      let hint = '';
      if (body.normalize('NFC').includes(e.quote.normalize('NFC')))
        hint = ' (matches only after Unicode normalization)';
      else if (body.toLowerCase().includes(e.quote.toLowerCase())) hint = ' (differs only in letter case)';
      else if (normalize(body).includes(normalize(e.quote))) hint = ' (differs in punctuation, quotes or spacing)';
      problem(`${label}: quote “${e.quote}” is not verbatim in ${e.article}${hint}`);
    } else if (!article.sentences.some((x) => x.includes(e.quote))) {
      problem(
        `${label}: quote “${e.quote}” crosses a sentence boundary in ${e.article} (answers cite single sentences)`,
      );
    }
    if (/[\r\n]/.test(e.quote)) problem(`${label}: quote “${e.quote}” spans lines`);
    const n = words(e.quote).length;
    if (n < QUOTE_WORDS.min || n > QUOTE_WORDS.max)
      problem(`${label}: quote “${e.quote}” has ${n} words (keep ${QUOTE_WORDS.min}–${QUOTE_WORDS.max})`);
  }
}

// ---------------------------------------------------------------- counts

interface Counts {
  total: number;
  lang: Record<string, number>;
  answerable: number;
  unanswerable: number;
  tag: Record<string, number>;
  tagByLang: Record<string, Record<string, number>>;
  article: Record<string, number>;
}

function count(qs: Question[], articleIds: string[]): Counts {
  const c: Counts = {
    total: qs.length,
    lang: Object.fromEntries(LANGS.map((l) => [l, 0])),
    answerable: 0,
    unanswerable: 0,
    tag: Object.fromEntries(TAGS.map((t) => [t, 0])),
    tagByLang: Object.fromEntries(TAGS.map((t) => [t, Object.fromEntries(LANGS.map((l) => [l, 0]))])),
    article: Object.fromEntries(articleIds.map((a) => [a, 0])),
  };
  for (const q of qs) {
    c.lang[q.lang] = (c.lang[q.lang] ?? 0) + 1;
    if (q.answerable) c.answerable++;
    else c.unanswerable++;
    for (const t of q.tags) {
      c.tag[t] = (c.tag[t] ?? 0) + 1;
      c.tagByLang[t] ??= {};
      const byLang = c.tagByLang[t];
      byLang[q.lang] = (byLang[q.lang] ?? 0) + 1;
    }
    for (const a of q.articles) c.article[a] = (c.article[a] ?? 0) + 1;
  }
  return c;
}

function checkMinimums(file: string, c: Counts, qs: Question[], kind: 'eval' | 'fixture'): void {
  const need = (what: string, have: number, min: number) => {
    if (have < min) problem(`${file}: ${what}: ${have}, need at least ${min}`);
  };
  if (kind === 'eval') {
    const m = MIN.eval;
    need('questions', c.total, m.total);
    for (const l of LANGS) need(`${l} questions`, c.lang[l] ?? 0, Math.ceil(c.total * m.langShare));
    need('unanswerable questions', c.unanswerable, m.unanswerable);
    for (const [a, n] of Object.entries(c.article)) need(`questions about ${a}`, n, m.perArticle);
    for (const [t, min] of Object.entries(m.perFormTag)) need(`questions tagged ${t}`, c.tag[t] ?? 0, min);
  } else {
    const m = MIN.fixture;
    if (c.total !== m.total) problem(`${file}: ${c.total} questions, need exactly ${m.total}`);
    for (const l of LANGS)
      if ((c.lang[l] ?? 0) !== m.perLang)
        problem(`${file}: ${c.lang[l] ?? 0} ${l} questions, need exactly ${m.perLang}`);
    need('unanswerable questions', c.unanswerable, m.unanswerable);
    need('conflict questions (figures the sources disagree on)', c.tag.conflict ?? 0, m.conflict);
    need('spelling-variant questions', c.tag['spelling-variant'] ?? 0, m.spellingVariant);
    need(
      'short English (cross-lingual) questions',
      qs.filter((q) => q.lang === 'en' && q.tags.includes('short')).length,
      m.shortEnglish,
    );
  }
  for (const q of qs)
    if (q.tags.includes('conflict') && q.expect.length < 2 && q.answerable)
      problem(`${file} ${q.id}: tagged conflict but expects fewer than two figures`);
}

/** Jaccard similarity of the word sets, to flag held-out questions that look copied from the eval set. */
function similarity(a: string, b: string): number {
  const x = new Set(normalize(a).split(' '));
  const y = new Set(normalize(b).split(' '));
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / (x.size + y.size - inter);
}

// ---------------------------------------------------------------- report

function table(head: string[], rows: (string | number)[][], markdown: boolean): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  if (markdown) {
    const line = (r: string[]) => `| ${r.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(String)))].join('\n');
  }
  const width = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) => r.map((v, i) => (i === 0 ? v.padEnd(width[i]!) : v.padStart(width[i]!))).join('  '))
    .join('\n');
}

function report(files: { file: string; c: Counts }[], markdown: boolean): string {
  const out: string[] = [];
  const cols = files.map((f) => f.file);
  out.push(
    table(
      ['', ...cols],
      [
        ['questions', ...files.map((f) => f.c.total)],
        ...LANGS.map((l) => [`lang ${l}`, ...files.map((f) => f.c.lang[l] ?? 0)]),
        ['answerable', ...files.map((f) => f.c.answerable)],
        ['unanswerable', ...files.map((f) => f.c.unanswerable)],
      ],
      markdown,
    ),
  );
  out.push('');
  out.push(
    table(
      ['tag', ...files.flatMap((f) => [`${f.file} (en/nl)`])],
      TAGS.map((t) => [
        t,
        ...files.map((f) => `${f.c.tag[t] ?? 0} (${LANGS.map((l) => f.c.tagByLang[t]?.[l] ?? 0).join('/')})`),
      ]),
      markdown,
    ),
  );
  out.push('');
  out.push(
    table(
      ['article (questions listing it)', ...cols],
      Object.keys(files[0]?.c.article ?? {}).map((a) => [a, ...files.map((f) => f.c.article[a] ?? 0)]),
      markdown,
    ),
  );
  return out.join('\n');
}

// ---------------------------------------------------------------- main

const markdown = process.argv.includes('--markdown');
const bodies = loadCorpus();
const evalQs = loadQuestions(EVAL_FILE);
const fixtureQs = loadQuestions(FIXTURE_FILE);

const ids = new Map<string, string>();
const texts = new Map<string, string>();
for (const [file, qs] of [
  [EVAL_FILE, evalQs],
  [FIXTURE_FILE, fixtureQs],
] as const) {
  for (const q of qs) {
    const label = `${file} ${q.id}`;
    const prevId = ids.get(q.id);
    if (prevId) problem(`${label}: duplicate id (also ${prevId})`);
    else ids.set(q.id, label);
    const key = normalize(q.question);
    const prevText = texts.get(key);
    if (prevText) problem(`${label}: duplicate question text “${q.question}” (also ${prevText})`);
    else texts.set(key, label);
    checkQuestion(file, q, bodies);
  }
}

for (const t of fixtureQs) {
  for (const e of evalQs) {
    const s = similarity(t.question, e.question);
    if (s >= 0.6 && normalize(t.question) !== normalize(e.question))
      warnings.push(
        `${FIXTURE_FILE} ${t.id} looks like a copy of ${EVAL_FILE} ${e.id} (word overlap ${s.toFixed(2)}): “${t.question}” / “${e.question}”`,
      );
  }
}

const articleIds = [...bodies.keys()];
const evalCounts = count(evalQs, articleIds);
const fixtureCounts = count(fixtureQs, articleIds);
checkMinimums(EVAL_FILE, evalCounts, evalQs, 'eval');
checkMinimums(FIXTURE_FILE, fixtureCounts, fixtureQs, 'fixture');

console.log(
  report(
    [
      { file: EVAL_FILE, c: evalCounts },
      { file: FIXTURE_FILE, c: fixtureCounts },
    ],
    markdown,
  ),
);
if (warnings.length) console.log(`\n${warnings.length} warning(s):\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\nOK: ${evalQs.length} eval and ${fixtureQs.length} held-out questions, all quotes verbatim in ${bodies.size} articles.`,
);
