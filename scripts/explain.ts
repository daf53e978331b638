/**
 * Why the answerer answered as it did: the question's analysis, the best units with their scores, the answerability
 * verdict. For tuning on dev questions (never held-out ones): `npx tsx scripts/explain.ts [--corpus DIR] "question"`.
 */
import { parseArgs } from 'node:util';
import { rank } from '../src/answer/compose.js';
import { analyse } from '../src/answer/question.js';
import { loadConfig } from '../src/config.js';
import { Engine, retrievalDepth } from '../src/engine.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { corpus: { type: 'string' }, index: { type: 'string' }, top: { type: 'string', default: '6' } },
});
const env: Record<string, string> = { EMBEDDINGS: 'local', RERANKER: 'none', LOG_LEVEL: 'silent' };
if (values.corpus) env.CORPUS_DIR = values.corpus;
if (values.index) env.INDEX_DIR = values.index;
const cfg = loadConfig({ ...process.env, ...env });
const engine = await Engine.open(cfg);
const snap = engine.snapshotInfo;
for (const text of positionals) {
  const q = analyse(text, snap.stats);
  const k = retrievalDepth(q, cfg.RETRIEVE_K);
  const retrieved = await engine.retriever(snap, { k, terms: q.retrieval }).passages(text);
  const { pool, confidence, answers } = rank(q, retrieved, { view: snap.sentences, stats: snap.stats });
  console.log(`\n# ${text}`);
  console.log(`lang ${q.lang} kind ${q.kind} overview ${q.overview} stated ${q.stated} shape ${q.shape}`);
  console.log(`groups ${q.groups.map((g) => `${g.id}${g.name ? '*' : ''}(${g.weight.toFixed(1)})`).join(' ')}`);
  console.log(`counted ${q.counted.map((g) => g.id).join(' ')} speakers ${q.speakers.map((g) => g.id).join(' ')}`);
  console.log(`confidence ${confidence.toFixed(3)} answers ${answers}`);
  for (const c of pool.slice(0, Number(values.top)))
    console.log(
      `  ${c.score.toFixed(3)} cov ${c.m.coverage.toFixed(2)} kind ${c.kind} [${c.article.id}] ${c.unit.text.slice(0, 140)}`,
    );
  const a = await engine.ask(text);
  console.log(`=> ${a.grounded ? 'ANSWER' : 'REFUSED'}: ${a.answer.slice(0, 300)}`);
}
await engine.close();
