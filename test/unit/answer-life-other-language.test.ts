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
    clarke: {
      ...ARTICLE,
      title: 'Edwin Clarke',
      body:
        'Edwin Clarke was born on 4 May 1790, the son of a miller.\n\n' +
        'Edwin Clarke became a painter of landscapes and taught drawing for many years.',
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

  it('reads the place of a birth told in another language only beside the birth', async () => {
    expect((await engine().ask('In welke stad werd Edwin Clarke geboren?')).refusedBy).toBe('said');
    const a = await engine().ask('Waar werd Mary Ashdown geboren?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Nottingham');
  });
});

describe('a death asked in English of Dutch articles', () => {
  const engine = engineWith('bron-life-language-nl-', {
    vermeer: {
      outlet: 'Krant',
      date: '2024-01-01',
      language: 'nl',
      title: 'De legendarische gitarist Joop Vermeer is op 80-jarige leeftijd overleden',
      body:
        'De legendarische gitarist Joop Vermeer is zaterdag op 80-jarige leeftijd overleden in zijn woonplaats ' +
        'Zwolle. Vermeer was een van de pioniers van de Zwolse Sound. Hij leed al jaren aan kanker.\n\n' +
        "Begonnen met 'Joop Vermeer Speelt' (1953) schreef hij meer dan honderd platen op zijn naam.\n\n" +
        'Hij leverde ook bijdragen aan honderden opnames met andere artiesten.',
    },
  });

  it("finds the place beside the death in the articles' own word", async () => {
    const a = await engine().ask('Where did Joop Vermeer die?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Zwolle');
  });
});
