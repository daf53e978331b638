import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface TestPostgres {
  /** postgres://… on 127.0.0.1, for the same `pg` client a production Postgres is reached with. */
  url: string;
  db: PGlite;
  close: () => Promise<void>;
}

/**
 * A real Postgres (PGlite, in memory) with the pgvector extension, served over the wire protocol on 127.0.0.1 with an
 * OS-chosen port. Queries of all connections are queued onto the one PGlite session; transactions stay on their connection.
 */
export async function startPostgres(opts: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const db = await PGlite.create({ extensions: { vector } });
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
