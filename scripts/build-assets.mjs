// After `tsc -p tsconfig.build.json`: the files the compiled code reads next to itself that tsc does not emit — the
// HNSW build worker (plain .mjs) and the bilingual lexicon (src/lang/lexicon.ts reads ../../data from its own folder).
import { cpSync } from 'node:fs';

cpSync('src/index/graph-worker.mjs', 'dist/src/index/graph-worker.mjs');
cpSync('data/lexicon', 'dist/data/lexicon', { recursive: true });
