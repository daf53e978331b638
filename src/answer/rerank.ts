import type { RetrievedPassage } from '../retrieve/hybrid.js';
import type { AnswerContext, Candidate } from './candidates.js';
import { answerability, candidatePool, preferred, type Ranked, saysWhatIsAsked } from './compose.js';
import { sigmoid } from './features.js';
import type { Question } from './question.js';
import { THRESHOLD } from './weights.js';

/**
 * A model that judges how relevant each passage is to a question by reading both together (a cross-encoder, e.g.
 * src/embed/cross-encoder.ts). The answerer knows it only through this interface.
 */
export interface Reranker {
  /** Names the model, e.g. `transformers:onnx-community/bge-reranker-v2-m3-ONNX@q8`. */
  readonly id: string;
  /** One relevance logit per passage, in order: higher is more relevant, 0 the model's own boundary. */
  score(question: string, passages: string[]): Promise<number[]>;
}

export interface Reranking {
  reranker: Reranker;
  /** How many of the lexical ranker's best units are rescored (RERANKER_TOP). */
  top: number;
}

/** Weight of the cross-encoder's probability in a rescored unit's score; the lexical ranker's has the rest. */
const CROSS_WEIGHT = 0.5;
/** The cross-encoder alone lets the question be answered when its best unit reaches this probability (logit 0). */
const CROSS_ANSWERS = 0.5;

/**
 * The units ranked with the cross-encoder's help, for `compose`; undefined for questions answered without units
 * (overviews). How the two models combine:
 * - Order: the lexical ranker's best `top` units are rescored; each one's score becomes CROSS_WEIGHT × sigmoid(logit)
 *   + (1 − CROSS_WEIGHT) × its lexical probability, and they are sorted by it, so where the cross-encoder is sure
 *   (sigmoid near 0 or 1) its order wins and where it hesitates the lexical ranker's knowledge (answer type, names,
 *   page chrome) decides. Units it did not read follow, scored as if it had judged them like its worst one, so none
 *   overtakes a unit it read. Then, as without it, units of a preferred kind and the asked speaker's words go first.
 * - Answerability: the articles answer when the answerability model says so on the lexical ranking (unchanged, as
 *   calibrated) or when the cross-encoder's best unit is relevant by its own boundary; refusal needs both to say no,
 *   or the units not to say what is asked beyond the subject (`saysWhatIsAsked`: the speaker, the relation, the life
 *   event), which no model's certainty overrules. The confidence shown is the higher of the two probabilities.
 */
export async function rerank(
  q: Question,
  retrieved: RetrievedPassage[],
  ctx: AnswerContext,
  { reranker, top }: Reranking,
): Promise<Ranked | undefined> {
  if (q.overview) return undefined;
  const lexical = candidatePool(q, retrieved, ctx);
  const lexicalConfidence = answerability(q, preferred(q, lexical, ctx));
  const read = lexical.slice(0, top);
  if (read.length === 0)
    return { pool: [], confidence: lexicalConfidence, answers: lexicalConfidence >= THRESHOLD, said: true };
  const logits = await reranker.score(
    q.text,
    read.map((c) => c.unit.text),
  );
  if (logits.length !== read.length || !logits.every(Number.isFinite))
    throw new Error(`reranker ${reranker.id} gave ${logits.length} scores for ${read.length} units`);
  const probability = logits.map(sigmoid);
  const blend = (c: Candidate, p: number): Candidate => ({
    ...c,
    score: CROSS_WEIGHT * p + (1 - CROSS_WEIGHT) * c.score,
  });
  const rescored = read.map((c, i) => blend(c, probability[i]!)).sort((a, b) => b.score - a.score);
  const worst = Math.min(...probability);
  const rest = lexical.slice(top).map((c) => blend(c, worst));
  const cross = Math.max(...probability);
  const { pool, said } = saysWhatIsAsked(q, preferred(q, [...rescored, ...rest], ctx), ctx);
  return {
    pool,
    confidence: Math.max(lexicalConfidence, cross),
    answers: (lexicalConfidence >= THRESHOLD || cross >= CROSS_ANSWERS) && said,
    said,
  };
}
