import { describe, expect, it } from 'vitest';
import { LocalHashEmbeddings } from '../../src/embed/local.js';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('local embedder', () => {
  const e = new LocalHashEmbeddings();

  it('is deterministic, L2-normalised and of the stated size', async () => {
    const [a, b] = await e.embedDocuments(['Noord-Koreaanse troepen in Koersk', 'Noord-Koreaanse troepen in Koersk']);
    expect(a).toHaveLength(256);
    expect(a).toEqual(b);
    expect(cos(a!, a!)).toBeCloseTo(1, 5);
    expect(e.id).toBe('local-hash-v2@256');
  });

  it('brings an English question close to the Dutch passage that answers it', async () => {
    const [troops, shells] = await e.embedDocuments([
      'Volgens het Amerikaanse ministerie van Defensie bevinden zich op dit moment 10.000 Noord-Koreaanse militairen in Rusland.',
      'Algemeen wordt aangenomen dat Kim Jong-un miljoenen artilleriegranaten en ballistische raketten aan Rusland heeft geleverd.',
    ]);
    const q = await e.embedQuery('How many North Korean soldiers are in Russia?');
    expect(cos(q, troops!)).toBeGreaterThan(cos(q, shells!));
    const q2 = await e.embedQuery('artillery shells and ballistic missiles');
    expect(cos(q2, shells!)).toBeGreaterThan(cos(q2, troops!));
  });

  it('matches numbers however they are written and names however they are spelt', async () => {
    const [doc, other] = await e.embedDocuments([
      'Volgens Washington zo’n 10.000 soldaten.',
      'Volgens Washington zo’n 3.000 soldaten.',
    ]);
    for (const q of ['ten thousand soldaten', '10,000 soldaten', 'tienduizend soldaten']) {
      const v = await e.embedQuery(q);
      expect(cos(v, doc!), q).toBeGreaterThan(cos(v, other!) + 0.05);
    }
    const [koersk, donbas] = await e.embedDocuments(['Het offensief in Koersk.', 'Het offensief in Donbas.']);
    const v = await e.embedQuery('offensive in Kursk');
    expect(cos(v, koersk!)).toBeGreaterThan(cos(v, donbas!));
  });

  it('returns a zero-free finite vector even for text with no content words', async () => {
    const [v] = await e.embedDocuments(['de het een']);
    expect(v!.every(Number.isFinite)).toBe(true);
  });
});
