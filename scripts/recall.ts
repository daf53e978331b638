/**
 * Retrieval recall on the DEV questions (never held-out ones, never an unseen corpus's): for each answerable dev
 * question, as the engine retrieves (same k, same terms), the rank of the first passage whose sentences hold an
 * expected answer, and whether a unit the answerer gathers (which may run past a passage: answers after a question,
 * sentence pairs) holds one. `--misses` lists the dev questions no passage answers, with where BM25 and the vector
 * list alone rank an answering passage (deep lists), and those whose answering passage gives no gathered unit.
 * Indexes are kept in /tmp/recall-idx-<corpus>-<worktree>. `npx tsx scripts/recall.ts [--misses] [corpus ...]`
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpora } from '../eval/corpora.js';
import { containsAnswer } from '../eval/normalize.js';
import { gather } from '../src/answer/candidates.js';
import { analyse } from '../src/answer/question.js';
import { loadConfig } from '../src/config.js';
import { Engine, retrievalDepth } from '../src/engine.js';
import type { RetrievedPassage } from '../src/retrieve/hybrid.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { misses: { type: 'boolean' } } });
const cfg = loadConfig({ ...process.env, EMBEDDINGS: 'local', RERANKER: 'none', LOG_LEVEL: 'silent' });
let hitsAll = 0;
let askedAll = 0;
let gatheredAll = 0;
for (const corpus of loadCorpora(positionals).filter((c) => !c.unseen)) {
  const index = join('/tmp', `recall-idx-${corpus.name}-${process.cwd().split('/').pop()}`);
  const engine = await Engine.open({ ...cfg, CORPUS_DIR: corpus.corpusDir, INDEX_DIR: index });
  const snap = engine.snapshotInfo;
  const holds = (p: RetrievedPassage, answers: string[]) => {
    const { articleId, start, end } = p.doc.metadata;
    return containsAnswer(
      [
        snap.sentences
          .within(articleId, start, end)
          .map((s) => s.text)
          .join(' '),
      ],
      answers,
    );
  };
  const ranks: number[] = [];
  let gathered = 0;
  const qs = corpus.questions.filter((q) => q.split === 'dev' && q.answerable);
  for (const x of qs) {
    const q = analyse(x.question, snap.stats);
    const k = retrievalDepth(q, cfg.RETRIEVE_K);
    const got = await engine.retriever(snap, { k, terms: q.retrieval }).passages(x.question);
    const at = got.findIndex((p) => holds(p, x.answers));
    ranks.push(at);
    const units = gather(q, got, { view: snap.sentences, stats: snap.stats }).map((c) => c.unit.text);
    if (containsAnswer(units, x.answers)) gathered++;
    else if (at >= 0 && values.misses)
      console.log(`UNGATHERED ${corpus.name} @${at} | ${x.question} => ${x.answers[0]}`);
    if (at >= 0 || !values.misses) continue;
    const deep = async (mode: 'bm25' | 'vector') => {
      const list = await engine.retriever(snap, { k: 200, terms: q.retrieval, mode }).passages(x.question);
      return list.findIndex((p) => holds(p, x.answers));
    };
    const inCorpus = [...snap.articles.values()].some((a) => containsAnswer([a.body], x.answers));
    console.log(
      `NOWHERE ${corpus.name} k=${k}/${got.length} bm25@${await deep('bm25')} vec@${await deep('vector')}` +
        ` inCorpus=${inCorpus} | ${x.question} => ${x.answers.join(' / ')}`,
    );
  }
  await engine.close();
  const hit = ranks.filter((r) => r >= 0);
  const at = (n: number) => hit.filter((r) => r < n).length;
  hitsAll += hit.length;
  askedAll += qs.length;
  gatheredAll += gathered;
  console.log(
    `${corpus.name.padEnd(12)} recall ${hit.length}/${qs.length} (${(hit.length / qs.length).toFixed(3)})` +
      ` @1 ${at(1)} @3 ${at(3)} @6 ${at(6)} @12 ${at(12)}; in a gathered unit ${gathered}`,
  );
}
console.log(`all          recall ${hitsAll}/${askedAll} (${(hitsAll / askedAll).toFixed(3)}); gathered ${gatheredAll}`);
