import type { PreTrainedModel, PreTrainedTokenizer, Tensor } from '@huggingface/transformers';
import { describe, loadModel, type ModelLoadOptions, type TransformersDtype } from './transformers.js';

/**
 * A cross-encoder (a sequence-classification model that reads the question and a passage together) computed
 * in-process by transformers.js, the way sentence-transformers' `CrossEncoder` does: the tokenizer encodes each
 * (question, passage) pair as one input, the model gives one relevance logit per pair. It answers "how relevant is
 * this passage to this question" far better than word overlap, at the cost of one model pass per passage.
 */

export interface CrossEncoderOptions extends ModelLoadOptions {
  /** Pairs per model pass (default 16). */
  batchSize?: number;
  /** Longer pairs are cut to this many tokens, from the passage's end (default 512). */
  maxTokens?: number;
}

const DEFAULT_BATCH_SIZE = 16;
const DEFAULT_MAX_TOKENS = 512;

export class CrossEncoder {
  /** e.g. `transformers:onnx-community/bge-reranker-v2-m3-ONNX@q8`. */
  readonly id: string;

  constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    readonly name: string,
    readonly dtype: TransformersDtype,
    private readonly batchSize: number,
    private readonly maxTokens: number,
  ) {
    this.id = `transformers:${name}@${dtype}`;
  }

  /**
   * One relevance logit per passage, in the passages' order (higher is more relevant; 0 is the model's own boundary
   * between relevant and not). A two-label model (not relevant, relevant) gives the log-odds of the second label.
   */
  async score(question: string, passages: string[]): Promise<number[]> {
    const out: number[] = [];
    for (let start = 0; start < passages.length; start += this.batchSize) {
      const batch = passages.slice(start, start + this.batchSize);
      const inputs = this.tokenizer(
        batch.map(() => question),
        { text_pair: batch, padding: true, truncation: true, max_length: this.maxTokens },
      );
      const { logits } = (await this.model(inputs)) as { logits: Tensor };
      const rows = logits.tolist() as number[][];
      logits.dispose();
      for (const row of rows) out.push(row.length === 2 ? row[1]! - row[0]! : row[0]!);
    }
    if (out.length !== passages.length || !out.every(Number.isFinite))
      throw new Error(`reranker "${this.name}" gave ${out.length} scores for ${passages.length} passages`);
    return out;
  }

  /** Frees the ONNX session. */
  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}

/**
 * Loads the tokenizer and model eagerly (offline unless `allowRemote`) and scores one probe pair, so a missing,
 * broken or wrongly shaped model fails here, not at the first question. Errors say what was tried and how to fix it.
 */
export async function loadCrossEncoder(opts: CrossEncoderOptions): Promise<CrossEncoder> {
  const { value, dtype } = await loadModel(
    opts,
    { what: 'reranker model', setting: 'RERANKER_MODEL', example: 'onnx-community/bge-reranker-v2-m3-ONNX' },
    async (lib, model, dtype, onProgress) => {
      const [tokenizer, net] = await Promise.all([
        lib.AutoTokenizer.from_pretrained(model, { progress_callback: onProgress }),
        lib.AutoModelForSequenceClassification.from_pretrained(model, {
          dtype,
          device: 'cpu',
          progress_callback: onProgress,
        }),
      ]);
      return { tokenizer, net, dispose: () => net.dispose() };
    },
  );
  const name = opts.model.trim();
  const encoder = new CrossEncoder(
    value.tokenizer,
    value.net,
    name,
    dtype,
    Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE)),
    Math.max(8, Math.floor(opts.maxTokens ?? DEFAULT_MAX_TOKENS)),
  );
  try {
    await encoder.score('probe', ['probe passage']);
  } catch (err) {
    await encoder.dispose().catch(() => undefined);
    throw new Error(`reranker model "${name}" (${dtype}) loaded but could not score a probe pair: ${describe(err)}`, {
      cause: err,
    });
  }
  return encoder;
}
