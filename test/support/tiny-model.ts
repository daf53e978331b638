import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { prng } from '../../bench/synth.js';

const { onnx } = onnxProto;

/**
 * Builds a tiny BERT-shaped sentence-embedding model that transformers.js loads like a real one, so tests can run the
 * real `pipeline('feature-extraction')` path offline. The ONNX graph is a single `Gather` over an embedding table:
 * `input_ids` int64 [batch, seq] → `last_hidden_state` float [batch, seq, dim]. `attention_mask` is declared as an
 * input (transformers.js feeds it) and passed through an `Identity` to a second output so the graph uses it;
 * masking itself happens in the pipeline's mean pooling, as for real models.
 *
 * Layout written (the same one a user supplies for a real model offline):
 *   <dir>/<name>/config.json
 *   <dir>/<name>/tokenizer.json
 *   <dir>/<name>/tokenizer_config.json
 *   <dir>/<name>/onnx/model.onnx            (dtype fp32)
 *   <dir>/<name>/onnx/model_quantized.onnx  (dtype q8, only when asked for)
 */
export interface TinyModelOptions {
  /** Folder name under `dir`, i.e. the model id to load. A name containing `e5` gets e5-style prefixes by default. */
  name?: string;
  dim?: number;
  /** Vocabulary words besides the built-in list (lower-cased, accents stripped, de-duplicated). */
  words?: string[];
  /** Pairs whose embedding rows are nearly identical (the second is the first plus a little noise). */
  related?: Array<[string, string]>;
  /** Which weight files to write; default fp32 only (`onnx/model.onnx`). */
  dtypes?: Array<'fp32' | 'q8'>;
  seed?: number;
}

export interface TinyModel {
  localModelPath: string;
  model: string;
  dim: number;
  /** Vocabulary in id order, specials first. */
  vocab: string[];
}

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

/** Pairs made similar by default: Dutch words and their English translations. */
export const DEFAULT_RELATED: Array<[string, string]> = [
  ['troepen', 'troops'],
  ['soldaten', 'soldiers'],
  ['oorlog', 'war'],
  ['vrede', 'peace'],
  ['rusland', 'russia'],
  ['oekraine', 'ukraine'],
];

const BASE_WORDS = [
  // prefixes used by e5-style models, and punctuation the BERT pre-tokenizer splits off
  'query',
  'passage',
  ':',
  '.',
  ',',
  '?',
  '!',
  '-',
  '(',
  ')',
  '"',
  "'",
  ...DEFAULT_RELATED.flat(),
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'is',
  'op',
  'dat',
  'met',
  'voor',
  'naar',
  'zijn',
  'hebben',
  'wordt',
  'the',
  'a',
  'and',
  'of',
  'to',
  'on',
  'that',
  'with',
  'for',
  'are',
  'has',
  'have',
  'was',
  'noord',
  'korea',
  'koreaanse',
  'north',
  'korean',
  'poetin',
  'putin',
  'zelensky',
  'navo',
  'nato',
  'koersk',
  'kursk',
  'president',
  'leger',
  'army',
  'kaas',
  'cheese',
  'fiets',
  'bicycle',
  'weer',
  'weather',
  'regen',
  'rain',
  'voetbal',
  'football',
  'muziek',
  'music',
  'appel',
  'apple',
  'hoeveel',
  'how',
  'many',
  'waar',
  'where',
  'wie',
  'who',
  'wat',
  'what',
  'stuurde',
  'sent',
  'gestuurd',
];

/** Standard normal from two uniforms (Box–Muller). */
function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** How BertNormalizer with `lowercase: true` sees a word: lower case, accents stripped. */
export function normaliseWord(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The `limit` most frequent words (letters only, 2+ chars) of the Markdown files in `dir`, front matter excluded. */
export async function corpusWords(dir: string, limit = 300): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
    const text = (await readFile(join(dir, f), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const m of text.matchAll(/\p{L}{2,}/gu)) {
      const w = normaliseWord(m[0]);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([w]) => w);
}

export async function buildTinyModel(dir: string, opts: TinyModelOptions = {}): Promise<TinyModel> {
  const name = opts.name ?? 'tiny-bert';
  const dim = opts.dim ?? 32;
  const related = opts.related ?? DEFAULT_RELATED;
  const dtypes = opts.dtypes ?? ['fp32'];
  const rand = prng(opts.seed ?? 42);

  const vocab: string[] = [...SPECIAL_TOKENS];
  const seen = new Set<string>(vocab);
  for (const raw of [...BASE_WORDS, ...related.flat(), ...(opts.words ?? [])]) {
    const w = normaliseWord(raw);
    if (w && !/\s/.test(w) && !seen.has(w)) {
      seen.add(w);
      vocab.push(w);
    }
  }
  const id = new Map(vocab.map((w, i) => [w, i]));

  // Embedding table: random rows; special tokens small (so they barely move the mean), related words near-copies.
  const table = new Float32Array(vocab.length * dim);
  for (let r = 0; r < vocab.length; r++) {
    const scale = r < SPECIAL_TOKENS.length ? 0.01 : 1;
    for (let c = 0; c < dim; c++) table[r * dim + c] = gaussian(rand) * scale;
  }
  for (const [a, b] of related) {
    const ia = id.get(normaliseWord(a));
    const ib = id.get(normaliseWord(b));
    if (ia === undefined || ib === undefined) continue;
    for (let c = 0; c < dim; c++) table[ib * dim + c] = table[ia * dim + c]! + 0.05 * gaussian(rand);
  }

  const root = join(dir, name);
  await mkdir(join(root, 'onnx'), { recursive: true });
  const graph = onnxGraph(table, vocab.length, dim);
  for (const dtype of dtypes)
    await writeFile(join(root, 'onnx', dtype === 'q8' ? 'model_quantized.onnx' : 'model.onnx'), graph);

  await writeJson(join(root, 'config.json'), {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: dim,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: dim,
    max_position_embeddings: 512,
    vocab_size: vocab.length,
    type_vocab_size: 2,
    pad_token_id: 0,
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
    model_input_names: ['input_ids', 'attention_mask'],
  });
  await writeJson(join(root, 'tokenizer.json'), tokenizerJson(vocab));
  return { localModelPath: dir, model: name, dim, vocab };
}

/** A WordPiece tokenizer.json (BERT normaliser and pre-tokenizer, [CLS] A [SEP] B [SEP] for pairs) over `vocab`. */
export function tokenizerJson(vocab: string[]): unknown {
  const idOf = (t: string) => vocab.indexOf(t);
  const special = (t: string) => ({ SpecialToken: { id: t, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((t) => ({
      id: idOf(t),
      content: t,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [
        special('[CLS]'),
        { Sequence: { id: 'A', type_id: 0 } },
        special('[SEP]'),
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [idOf(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((w, i) => [w, i])),
    },
  };
}

/** ONNX model: Gather(table, input_ids) → last_hidden_state; Identity(attention_mask) → mask (keeps the input used). */
function onnxGraph(table: Float32Array, rows: number, dim: number): Uint8Array {
  const { TensorProto } = onnx;
  const tensorType = (elemType: number, dims: Array<string | number>) => ({
    tensorType: {
      elemType,
      shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
    },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'bron-tiny-model',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'tiny_embedding',
      node: [
        {
          opType: 'Gather',
          input: ['embeddings', 'input_ids'],
          output: ['last_hidden_state'],
          name: 'lookup',
          attribute: [{ name: 'axis', i: 0, type: onnx.AttributeProto.AttributeType.INT }],
        },
        { opType: 'Identity', input: ['attention_mask'], output: ['mask_out'], name: 'mask' },
      ],
      initializer: [
        {
          name: 'embeddings',
          dataType: TensorProto.DataType.FLOAT,
          dims: [rows, dim],
          rawData: new Uint8Array(table.buffer, table.byteOffset, table.byteLength),
        },
      ],
      input: [
        { name: 'input_ids', type: tensorType(TensorProto.DataType.INT64, ['batch', 'sequence']) },
        { name: 'attention_mask', type: tensorType(TensorProto.DataType.INT64, ['batch', 'sequence']) },
      ],
      output: [
        { name: 'last_hidden_state', type: tensorType(TensorProto.DataType.FLOAT, ['batch', 'sequence', dim]) },
        { name: 'mask_out', type: tensorType(TensorProto.DataType.INT64, ['batch', 'sequence']) },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, JSON.stringify(value, null, 2));
}
