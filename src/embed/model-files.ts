import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * Where a transformers.js model can be on disk, checked without importing transformers.js (which loads ONNX Runtime
 * and sharp): the embedder choice in `auto` mode must stay instant when it ends up using the built-in embedder.
 */

export type TransformersDtype = 'fp32' | 'q8';

export const WEIGHT_FILES: Record<TransformersDtype, string> = {
  q8: 'onnx/model_quantized.onnx',
  fp32: 'onnx/model.onnx',
};
export const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];

/** transformers.js's own default `env.localModelPath`: `<package>/models/`. */
export function defaultLocalModelPath(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('@huggingface/transformers');
    return join(dirname(dirname(entry)), 'models');
  } catch {
    return undefined;
  }
}

export interface ModelLocation {
  model: string;
  localModelPath?: string;
  cacheDir?: string;
}

/** The folders searched for `<model>/…`, in order: the local model path, then the download cache. */
export function modelRoots(loc: ModelLocation): string[] {
  const base = loc.localModelPath ? resolve(loc.localModelPath) : defaultLocalModelPath();
  const model = loc.model.trim();
  return [...(base ? [join(base, model)] : []), ...(loc.cacheDir ? [join(resolve(loc.cacheDir), model)] : [])];
}

/** The first root holding every file the given weights need, if any. */
export function findOnDisk(roots: string[], dtype: TransformersDtype): string | undefined {
  return roots.find((r) => [...REQUIRED_FILES, WEIGHT_FILES[dtype]].every((f) => existsSync(join(r, f))));
}

/** Which weights to load: those on disk (quantized preferred), else `q8` for a download. */
export function chooseDtype(roots: string[]): TransformersDtype {
  return findOnDisk(roots, 'q8') ? 'q8' : findOnDisk(roots, 'fp32') ? 'fp32' : 'q8';
}

/** The folder of a complete copy of the model on disk, if there is one. */
export function modelOnDisk(loc: ModelLocation): string | undefined {
  const roots = modelRoots(loc);
  return findOnDisk(roots, chooseDtype(roots));
}
