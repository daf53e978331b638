// Worker thread of IndexBuilder (hnsw.ts): owns a new HNSW graph and inserts the vectors it is sent, so that the main
// thread can embed the next batch meanwhile. Plain JavaScript, so it runs the same under tsx, vitest and plain node.
import { parentPort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

const { dimensions, m, efConstruction, capacity, stop } = workerData;
// Set by the main thread to stop: checked between points, since terminating a thread inside a native call aborts the
// whole process (node-addon-api turns the pending termination into a fatal error).
const stopped = new Int32Array(stop);
const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
index.initIndex({ maxElements: Math.max(1, capacity), m, efConstruction, randomSeed: 100, allowReplaceDeleted: false });
const point = new Array(dimensions).fill(0);
parentPort.postMessage({ type: 'ready' });

parentPort.on('message', async (msg) => {
  if (msg.type === 'close') return parentPort.close(); // nothing left to do: the thread ends
  if (Atomics.load(stopped, 0)) return;
  try {
    if (msg.type === 'add') {
      const data = new Float32Array(msg.data);
      const needed = msg.first + msg.count;
      if (needed > index.getMaxElements()) index.resizeIndex(needed);
      for (let i = 0; i < msg.count && !Atomics.load(stopped, 0); i++) {
        // hnswlib-node takes plain arrays (and copies them); the float32 values are exactly those the main thread
        // would have passed. Filled by a loop: Array.from on a typed array is an order of magnitude slower.
        for (let j = 0; j < dimensions; j++) point[j] = data[i * dimensions + j];
        index.addPoint(point, msg.first + i);
      }
      parentPort.postMessage({ type: 'added', count: msg.count });
    } else if (msg.type === 'write') {
      await index.writeIndex(msg.path);
      parentPort.postMessage({ type: 'written', count: index.getCurrentCount() });
    }
  } catch (err) {
    parentPort.postMessage({ type: 'error', message: String(err?.message ?? err) });
  }
});
