import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import type { BronEmbeddings } from '../../src/embed/types.js';
import { Engine } from '../../src/engine.js';
import { copyCorpus } from './corpus.js';
import { tempDir, testConfig } from './engine.js';

export interface TestPostgres {
  /** postgres://… on 127.0.0.1, for the same `pg` client a production Postgres is reached with. */
  url: string;
  db: PGlite;
  close: () => Promise<void>;
}

/**
 * Where a new PGlite starts from: a copy of the initialised data folder the int setup found or made
 * (test/support/pglite-template.ts), so it skips initdb; without that setup, nothing (PGlite runs initdb).
 */
export function pgliteStart(): { loadDataDir?: Blob } {
  const file = process.env.BRON_PGLITE_TEMPLATE;
  return file ? { loadDataDir: new Blob([readFileSync(file)]) } : {};
}

/**
 * A real Postgres (PGlite, in memory) with the pgvector extension, served over the wire protocol on 127.0.0.1 with an
 * OS-chosen port. Queries of all connections are queued onto the one PGlite session; transactions stay on their connection.
 */
export async function startPostgres(opts: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const db = await PGlite.create({ extensions: { vector }, ...pgliteStart() });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: opts.maxConnections ?? 16 });
  await server.start();
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    db,
    close: async () => {
      await server.stop().catch(() => undefined);
      await db.close().catch(() => undefined);
    },
  };
}

/** What a suite of pgvector engines on the seed corpus shares; `db` and `sql` are set before its first test. */
export interface PgvectorSuite {
  tmp: { dir: string; cleanup: () => void };
  /** A copy of the seed corpus the suite may change. */
  corpus: string;
  db: TestPostgres;
  sql: pg.Pool;
  /** Every engine `open` gave, in order; closed after the suite. */
  engines: Engine[];
  open(embeddings?: BronEmbeddings): Promise<Engine>;
}

/** Postgres, a pool on it and a corpus copy for one `describe`, with the hooks that start and close them. */
export function pgvectorSuite(prefix: string): PgvectorSuite {
  const tmp = tempDir(prefix);
  const suite = { tmp, corpus: copyCorpus(tmp.dir), engines: [] as Engine[] } as PgvectorSuite;
  suite.open = async (embeddings = new LocalHashEmbeddings()) => {
    const cfg = testConfig({ CORPUS_DIR: suite.corpus, VECTOR_STORE: 'pgvector', DATABASE_URL: suite.db.url });
    const e = await Engine.open(cfg, { embeddings });
    suite.engines.push(e);
    return e;
  };
  beforeAll(async () => {
    suite.db = await startPostgres();
    suite.sql = new pg.Pool({ connectionString: suite.db.url, max: 2 });
  });
  afterAll(async () => {
    for (const e of suite.engines) await e.close();
    await suite.sql?.end();
    await suite.db?.close();
    tmp.cleanup();
  });
  return suite;
}
