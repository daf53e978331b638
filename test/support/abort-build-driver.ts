/**
 * Run by test/reliability/abort-build.int.test.ts in a child process, since what it guards against kills the process:
 * starts a graph build on the worker thread (IndexBuilder, hnsw.ts), sends it points and aborts it while it inserts,
 * argv[2] times. Prints "alive after N" when every abort left the process running.
 */
import { Document } from '@langchain/core/documents';
import { IndexBuilder } from '../../src/index/hnsw.js';

const rounds = Number(process.argv[2] ?? 20);
const dims = 64;
// Vectors are given, never embedded: the builder only stores the embedder.
const embeddings = { embedDocuments: async () => [], embedQuery: async () => [] };
for (let round = 0; round < rounds; round++) {
  const builder = await IndexBuilder.open(embeddings, dims, { m: 16, efConstruction: 200 }, 4096);
  if (!builder.background) throw new Error('the graph worker did not start');
  const vectors = Array.from({ length: 2048 }, () => Array.from({ length: dims }, () => Math.random()));
  await builder.add(
    vectors,
    vectors.map((_, i) => new Document({ pageContent: `passage ${i}`, metadata: {} })),
  );
  // Abort at varying points of the insertion (2048 points take the worker well over 20 ms).
  await new Promise((resolve) => setTimeout(resolve, 5 + (round % 7) * 3));
  await builder.abort();
}
console.log(`alive after ${rounds}`);
