/**
 * Why the answerer answered as it did: the question's analysis, the best units with their scores, the answerability
 * verdict. For tuning on dev questions (never held-out ones): `npx tsx scripts/explain.ts [--corpus DIR] "question"`.
 */
import { parseArgs } from 'node:util';
import { gather } from '../src/answer/candidates.js';
import { rank } from '../src/answer/compose.js';
import { poolStats, UNIT_FEATURES, unitFeatures } from '../src/answer/features.js';
import { analyse } from '../src/answer/question.js';
import { loadConfig } from '../src/config.js';
import { Engine, retrievalDepth } from '../src/engine.js';
import { cleanQuestion } from '../src/text/sanitize.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    index: { type: 'string' },
    top: { type: 'string', default: '6' },
    find: { type: 'string' },
  },
});
const env: Record<string, string> = { EMBEDDINGS: 'local', RERANKER: 'none', LOG_LEVEL: 'silent' };
if (values.corpus) env.CORPUS_DIR = values.corpus;
if (values.index) env.INDEX_DIR = values.index;
const cfg = loadConfig({ ...process.env, ...env });
const engine = await Engine.open(cfg);
const snap = engine.snapshotInfo;
for (const raw of positionals) {
  // The text Engine.ask analyses (cleaned, cut to MAX_QUESTION_CHARS), so the analysis shown is the one answered.
  const { text } = cleanQuestion(raw, cfg.MAX_QUESTION_CHARS);
  const q = analyse(text, snap.stats);
  const k = retrievalDepth(q, cfg.RETRIEVE_K);
  const retrieved = await engine.retriever(snap, { k, terms: q.retrieval }).passages(text);
  const { pool, confidence, answers } = rank(q, retrieved, { view: snap.sentences, stats: snap.stats });
  console.log(`\n# ${text}`);
  console.log(`lang ${q.lang} kind ${q.kind} overview ${q.overview} stated ${q.stated} shape ${q.shape}`);
  console.log(`groups ${q.groups.map((g) => `${g.id}${g.name ? '*' : ''}(${g.weight.toFixed(1)})`).join(' ')}`);
  console.log(`counted ${q.counted.map((g) => g.id).join(' ')} speakers ${q.speakers.map((g) => g.id).join(' ')}`);
  const forms = (g?: (typeof q.groups)[number]) =>
    g ? `${g.id} ${[...g.forms].map(([l, f]) => `${l}:${[...f].join('|')}`).join(' ')}` : '-';
  console.log(`relation ${forms(q.relation)} role ${q.role}`);
  console.log(`confidence ${confidence.toFixed(3)} answers ${answers}`);
  for (const c of pool.slice(0, Number(values.top)))
    console.log(
      `  ${c.score.toFixed(3)} cov ${c.m.coverage.toFixed(2)} kind ${c.kind} [${c.article.id}] ${c.unit.text.slice(0, 140)}`,
    );
  if (values.find) where(values.find.toLowerCase(), retrieved, pool, q);
  const a = await engine.ask(raw);
  const firstQuote = a.citations[0]?.quote;
  if (firstQuote && pool[0] && !pool[0].unit.text.includes(firstQuote) && !firstQuote.includes(pool[0].unit.text))
    console.log(
      `note: the answer's first quote is not the top unit above (a reranker: ${engine.rerankerId ?? 'none'})`,
    );
  console.log(
    `=> ${a.grounded ? 'ANSWER' : `REFUSED by ${a.refusedBy ?? 'no check named'}`}: ${a.answer.slice(0, 300)}`,
  );
}
await engine.close();

/** Where a unit holding `needle` stands: retrieved (passage rank), gathered, in the pool (rank). */
function where(
  needle: string,
  retrieved: Awaited<ReturnType<ReturnType<typeof engine.retriever>['passages']>>,
  pool: ReturnType<typeof rank>['pool'],
  q: ReturnType<typeof analyse>,
) {
  const ctx = { view: snap.sentences, stats: snap.stats };
  const passages = retrieved
    .map((p, i) => ({ i, text: snap.sentences.article(p.doc.metadata.articleId)?.body ?? '', p }))
    .filter(({ p }) => {
      const art = snap.sentences.article(p.doc.metadata.articleId);
      return art?.body.slice(p.doc.metadata.start, p.doc.metadata.end).toLowerCase().includes(needle);
    });
  console.log(
    `find "${needle}": retrieved ${retrieved.length}, holding at ${passages.map((x) => x.i).join(',') || '-'}`,
  );
  const g = gather(q, retrieved, ctx).filter((c) => c.unit.text.toLowerCase().includes(needle));
  console.log(`  gathered ${g.length}`);
  const ps = poolStats(pool);
  const feats = (c: (typeof pool)[number]) =>
    unitFeatures(c, q, ps)
      .map((v, j) => `${UNIT_FEATURES[j]}=${v.toFixed(2)}`)
      .slice(1)
      .join(' ');
  if (pool[0]) console.log(`  top: ${feats(pool[0])}`);
  pool.forEach((c, i) => {
    if (c.unit.text.toLowerCase().includes(needle) && i < 40) console.log(`    ${feats(c)}`);
    if (c.unit.text.toLowerCase().includes(needle))
      console.log(
        `  pool #${i}/${pool.length} ${c.score.toFixed(3)} (best ${pool[0]?.score.toFixed(3)}) ${c.unit.text.slice(0, 100)}`,
      );
  });
}
