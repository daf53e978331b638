import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { normaliseWord, SPECIAL_TOKENS, tokenizerJson, writeJson } from './tiny-model.js';

const { onnx } = onnxProto;

/**
 * Builds a tiny BERT-shaped cross-encoder (sequence classification, one label) that transformers.js loads with
 * `AutoTokenizer` + `AutoModelForSequenceClassification` like a real reranker, so tests run the real scoring path
 * offline. Its logit for a (question, passage) pair is the mean of the passage's word weights plus a bias:
 *
 *   Gather(table, input_ids) → [batch, seq, dim]; weighted by attention_mask × token_type_ids (the passage's tokens
 *   only, so a model fed no pair — all type ids 0 — scores every passage the same) → ReduceSum / count → [batch, dim]
 *   → MatMul(w [dim, 1]) + bias → logits [batch, 1].
 *
 * A word's weight is `relevant[word]` (0 for the rest of the vocabulary); padding never changes a score. Layout as
 * for a real model: <dir>/<name>/{config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx}.
 */
export interface TinyCrossEncoderOptions {
  name?: string;
  /** Vocabulary besides the relevant words (lower-cased, accents stripped); unknown words become [UNK]. */
  words?: string[];
  /** Weight of each word in a passage's logit, e.g. { kaas: 40 }. */
  relevant?: Record<string, number>;
  /** Added to every logit (default -1: a passage without relevant words is judged not relevant). */
  bias?: number;
  dtypes?: Array<'fp32' | 'q8'>;
}

export interface TinyCrossEncoder {
  localModelPath: string;
  model: string;
  vocab: string[];
}

const DIM = 4;

export async function buildTinyCrossEncoder(
  dir: string,
  opts: TinyCrossEncoderOptions = {},
): Promise<TinyCrossEncoder> {
  const name = opts.name ?? 'tiny-cross-encoder';
  const relevant = new Map(Object.entries(opts.relevant ?? {}).map(([w, x]) => [normaliseWord(w), x]));
  const vocab: string[] = [...SPECIAL_TOKENS];
  const seen = new Set<string>(vocab);
  for (const raw of ['.', ',', '?', '!', ':', '-', '"', "'", '(', ')', ...relevant.keys(), ...(opts.words ?? [])]) {
    const w = normaliseWord(raw);
    if (w && !/\s/.test(w) && !seen.has(w)) {
      seen.add(w);
      vocab.push(w);
    }
  }
  // Column 0 carries the weight the MatMul reads; the other columns are filler a real hidden state would have.
  const table = new Float32Array(vocab.length * DIM);
  vocab.forEach((w, r) => {
    table[r * DIM] = relevant.get(w) ?? 0;
    for (let c = 1; c < DIM; c++) table[r * DIM + c] = ((r * 7 + c * 3) % 11) / 11 - 0.5;
  });

  const root = join(dir, name);
  await mkdir(join(root, 'onnx'), { recursive: true });
  const graph = onnxGraph(table, vocab.length, opts.bias ?? -1);
  for (const dtype of opts.dtypes ?? ['fp32'])
    await writeFile(join(root, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx'), graph);
  await writeJson(join(root, 'config.json'), {
    architectures: ['BertForSequenceClassification'],
    model_type: 'bert',
    hidden_size: DIM,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: DIM,
    max_position_embeddings: 512,
    vocab_size: vocab.length,
    type_vocab_size: 2,
    pad_token_id: 0,
    id2label: { 0: 'LABEL_0' },
    label2id: { LABEL_0: 0 },
  });
  await writeJson(join(root, 'tokenizer_config.json'), {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: null,
    tokenize_chinese_chars: true,
    model_max_length: 512,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
    model_input_names: ['input_ids', 'token_type_ids', 'attention_mask'],
  });
  await writeJson(join(root, 'tokenizer.json'), tokenizerJson(vocab));
  return { localModelPath: dir, model: name, vocab };
}

function onnxGraph(table: Float32Array, rows: number, bias: number): Uint8Array {
  const { TensorProto } = onnx;
  const F = TensorProto.DataType.FLOAT;
  const I64 = TensorProto.DataType.INT64;
  const tensorType = (elemType: number, dims: Array<string | number>) => ({
    tensorType: {
      elemType,
      shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
    },
  });
  const floats = (name: string, dims: number[], values: number[] | Float32Array) => {
    const data = Float32Array.from(values);
    return { name, dataType: F, dims, rawData: new Uint8Array(data.buffer) };
  };
  const ints = (name: string, values: number[]) => {
    const data = BigInt64Array.from(values.map(BigInt));
    return { name, dataType: I64, dims: [values.length], rawData: new Uint8Array(data.buffer) };
  };
  const node = (opType: string, input: string[], output: string, attribute: onnxProto.onnx.IAttributeProto[] = []) => ({
    opType,
    input,
    output: [output],
    name: output,
    attribute,
  });
  const keepdims = (v: number) => ({ name: 'keepdims', i: v, type: onnx.AttributeProto.AttributeType.INT });
  const weights = Array.from({ length: DIM }, (_, c) => (c === 0 ? 1 : 0));
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'bron-tiny-cross-encoder',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'tiny_cross_encoder',
      node: [
        node('Gather', ['table', 'input_ids'], 'hidden', [
          { name: 'axis', i: 0, type: onnx.AttributeProto.AttributeType.INT },
        ]),
        node('Mul', ['attention_mask', 'token_type_ids'], 'passage_i'),
        node('Cast', ['passage_i'], 'passage', [{ name: 'to', i: F, type: onnx.AttributeProto.AttributeType.INT }]),
        node('Unsqueeze', ['passage', 'axis2'], 'passage3'),
        node('Mul', ['hidden', 'passage3'], 'masked'),
        node('ReduceSum', ['masked', 'axis1'], 'summed', [keepdims(0)]),
        node('ReduceSum', ['passage', 'axis1'], 'count', [keepdims(1)]),
        node('Max', ['count', 'one'], 'count1'),
        node('Div', ['summed', 'count1'], 'pooled'),
        node('MatMul', ['pooled', 'w'], 'projected'),
        node('Add', ['projected', 'bias'], 'logits'),
      ],
      initializer: [
        floats('table', [rows, DIM], table),
        floats('w', [DIM, 1], weights),
        floats('bias', [1], [bias]),
        floats('one', [1], [1]),
        ints('axis1', [1]),
        ints('axis2', [2]),
      ],
      input: [
        { name: 'input_ids', type: tensorType(I64, ['batch', 'sequence']) },
        { name: 'attention_mask', type: tensorType(I64, ['batch', 'sequence']) },
        { name: 'token_type_ids', type: tensorType(I64, ['batch', 'sequence']) },
      ],
      output: [{ name: 'logits', type: tensorType(F, ['batch', 1]) }],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
