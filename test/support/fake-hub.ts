import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

/**
 * A stand-in for the Hugging Face hub on 127.0.0.1: serves `<dir>/<model>/<file>` at `/<model>/resolve/main/<file>`
 * (the URL layout transformers.js downloads from) and answers 404 for anything else. Counts every request, so tests
 * can tell whether a run tried to download at all.
 */
export interface FakeHub {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeHub(dir: string): Promise<FakeHub> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const m = /^\/(.+?)\/resolve\/main\/(.+)$/.exec(path);
    const file = m ? normalize(join(dir, m[1]!, m[2]!)) : undefined;
    if (!file?.startsWith(dir)) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
        res.end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
