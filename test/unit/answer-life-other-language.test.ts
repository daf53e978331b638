import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Encyclopedia', date: '2024-01-01', language: 'en' };

describe('a birth asked in another language than the articles', () => {
  const engine = engineWith('bron-life-language-', {
    penwick: {
      ...ARTICLE,
      title: 'Harold Penwick',
      body:
        'Harold Penwick was an English poet and a leading figure of his circle.\n\n' +
        'Harold Penwick fell in love with Mary Ashdown, whom he met at school in 1801, and she was the reason ' +
        'Harold Penwick refused to return to the school in September 1803.\n\n' +
        'In 1805 Harold Penwick went to Cambridge, where he stayed three years.',
    },
    ashdown: {
      ...ARTICLE,
      title: 'Mary Ashdown',
      body: 'Mary Ashdown was born in Nottingham on 2 March 1786.\n\nShe married a squire in 1805.',
    },
  });

  it('refuses when no unit that names the person tells the birth asked', async () => {
    expect((await engine().ask('Wanneer werd Harold Penwick geboren?')).grounded).toBe(false);
  });

  it("answers from a unit that tells it in the articles' language", async () => {
    const a = await engine().ask('Wanneer werd Mary Ashdown geboren?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('2 March 1786');
  });

  it('reads no birth as the death asked: "born" tells no cause or place of death', async () => {
    // Refused for what the units say, whatever the model's confidence.
    for (const q of ['Waaraan is Mary Ashdown overleden?', 'Waar is Mary Ashdown overleden?'])
      expect((await engine().ask(q)).refusedBy).toBe('said');
  });
});
