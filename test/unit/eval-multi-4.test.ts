import { devCorporaSuite } from '../support/dev-corpora.js';

/** Shard 4 of the dev-corpus regression guard (test/support/dev-corpora.ts: the floors and the checks). */
devCorporaSuite(4);
