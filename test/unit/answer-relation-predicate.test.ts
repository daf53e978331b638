import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Encyclopedia', date: '2024-01-01', language: 'en' };

describe('a Dutch relation said at the end of the clause, after the copula and the name', () => {
  const engine = engineWith('bron-relation-predicate-', {
    penwick: {
      ...ARTICLE,
      title: 'Harold Penwick',
      body:
        'Harold Penwick was an English chemist who worked on dyes in Manchester.\n\n' +
        'Harold Penwick was described by his pupils as patient and careful in every measurement.\n\n' +
        'He was a contemporary and close friend of Edmund Clarewell.',
    },
    tarrant: {
      ...ARTICLE,
      title: 'Lucy Tarrant',
      body: 'Lucy Tarrant was a good painter of harbours.\n\nShe exhibited in Leeds and in York for twenty years.',
    },
  });

  it('reads "bevriend", not the adverb before it, as the relation asked, and answers', async () => {
    const a = await engine().ask('Met wie was Harold Penwick goed bevriend?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Edmund Clarewell');
  });

  it('still refuses when no unit says the relation', async () => {
    expect((await engine().ask('Met wie was Lucy Tarrant goed bevriend?')).grounded).toBe(false);
  });

  // "raken" ("raakte bevriend": became friends) is a light verb: the word it makes a verb of says the relation.
  it('reads the word after a light verb ("raakte bevriend") as the relation asked, and answers', async () => {
    const a = await engine().ask('Met wie raakte Harold Penwick bevriend in Manchester?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Edmund Clarewell');
    expect((await engine().ask('Met wie raakte Lucy Tarrant bevriend in Leeds?')).grounded).toBe(false);
  });
});
