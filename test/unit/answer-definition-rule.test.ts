/**
 * "Wat is een X?": a statute defines its terms as rules write them ("Onder X verstaat deze wet …", "'X' means …",
 * a glossary line "X: …;"), while its other provisions only use the term. The definition answers first.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { defines } from '../../src/answer/features.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith } from '../support/engine.js';

describe('a definition in the form of a rule', () => {
  const engine = engineWith('bron-definition-rule-', {
    wet: {
      title: 'Molenwet',
      outlet: 'Basiswettenbestand',
      date: '2015-06-02',
      language: 'nl',
      body:
        'Molenwet\n\n' +
        'Artikel 1\n\n' +
        'Onder maalrecht verstaat deze wet het recht om op een bepaalde molen graan te malen.\n\n' +
        'Artikel 2\n\n' +
        'De gemeente schrijft het maalrecht in het register in, met de molen waarop het maalrecht rust.\n\n' +
        'Artikel 3\n\n' +
        'In deze wet wordt verstaan onder:\n\n' +
        'molenaar: degene die de molen bedient;\n\n' +
        'wiekbreuk: het afbreken van een wiek van de molen door storm of verzuim van onderhoud;\n\n' +
        'Artikel 4\n\n' +
        'Bij wiekbreuk meldt de molenaar de wiekbreuk binnen drie dagen aan de gemeente; na een wiekbreuk ' +
        'mag de molen niet draaien tot de wiekbreuk is hersteld.',
    },
  });

  it('quotes "Onder X verstaat deze wet …" first', async () => {
    const a = await engine().ask('Wat is maalrecht?');
    expect(a.citations[0]?.quote, a.answer).toMatch(/Onder maalrecht verstaat deze wet/);
  });
});

describe('a sentence that defines its term as a rule or glossary does', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: 'Onder maalrecht verstaat deze wet het recht om graan te malen. Een wiekbreuk.' },
    { id: 'b', language: 'en', body: 'A milling right means the right to grind grain. A sail fracture.' },
  ]);
  const says = (question: string, text: string, language: string) =>
    defines({ unit: { text }, article: { language } } as Candidate, analyse(question, stats));

  it('in Dutch', () => {
    const rule = 'Onder maalrecht verstaat deze wet het recht om graan te malen.';
    expect(says('Wat is maalrecht?', rule, 'nl')).toBe(true);
    expect(says('Wat is maalrecht?', 'Onder het maalrecht zijn de rechten van de pachter begrepen.', 'nl')).toBe(true);
    expect(says('Wat is een wiekbreuk?', 'wiekbreuk: het afbreken van een wiek door storm;', 'nl')).toBe(true);
    expect(says('Wat is een wiekbreuk?', 'In deze wet wordt verstaan onder: wiekbreuk: het breken;', 'nl')).toBe(true);
  });

  it('in English', () => {
    const means = 'For the purposes of this Act, "milling right" means the right to grind grain.';
    expect(says('What is a milling right?', means, 'en')).toBe(true);
    expect(says('What is a milling right?', 'Milling right shall mean the right to grind grain.', 'en')).toBe(true);
    expect(says('What is a sail fracture?', 'A sail fracture is defined as the breaking of a sail.', 'en')).toBe(true);
    expect(says('What is a sail fracture?', 'sail fracture: the breaking of a sail by storm;', 'en')).toBe(true);
  });

  it('not when the term is only used', () => {
    expect(says('Wat is maalrecht?', 'Onder de molen ligt het maalrecht van de pachter.', 'nl')).toBe(false);
    expect(says('Wat is een wiekbreuk?', 'Wiekbreuk: wat de molenaar moet weten', 'nl')).toBe(false);
    expect(says('What is a sail fracture?', 'The town defined the sail fracture as a loss.', 'en')).toBe(false);
    expect(says('What is a sail fracture?', 'The town says this means a sail fracture.', 'en')).toBe(false);
  });
});

describe('a question for what a term means', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: 'Onder maalrecht verstaat deze wet het recht om graan te malen.' },
    { id: 'b', language: 'en', body: 'A milling right means the right to grind grain.' },
  ]);
  const asked = (q: string) => {
    const a = analyse(q, stats);
    return [a.kind, a.groups.map((g) => g.id).join(' ')];
  };

  it('asks what the term is, in words the definition need not write', () => {
    expect(asked('Wat wordt verstaan onder maalrecht?')).toEqual(['definition', 'maalrecht']);
    expect(asked('Wat verstaat de wet onder maalrecht?')[0]).toBe('definition');
    expect(asked('What is meant by milling?')).toEqual(['definition', 'milling']);
    expect(asked('What is the definition of milling?')).toEqual(['definition', 'milling']);
  });

  it('asks what a term takes in, as "Onder X zijn … begrepen" says', () => {
    expect(asked('Wat valt onder maalrecht?')).toEqual(['definition', 'maalrecht']);
    expect(asked('Welke kosten horen bij de kosten van herstel?')[0]).toBe('definition');
    expect(asked('Welke kosten betaalt de molenaar?')[0]).not.toBe('definition');
  });
});

describe('what a term takes in, in a statute', () => {
  const engine = engineWith('bron-definition-takes-in-', {
    wet: {
      title: 'Molenwet',
      outlet: 'Basiswettenbestand',
      date: '2015-06-02',
      language: 'nl',
      body:
        'Molenwet\n\n' +
        'Artikel 1\n\n' +
        'De molenaar draagt de kosten van herstel van de molen, tenzij de gemeente de kosten van herstel ' +
        'van de molen vergoedt.\n\n' +
        'Artikel 2\n\n' +
        'Onder de kosten van herstel zijn in deze wet begrepen die van hout, ijzer en arbeid.\n\n' +
        'Artikel 3\n\n' +
        'De gemeente schrijft de molen in het register in.',
    },
  });

  it('quotes "Onder de kosten van herstel zijn … begrepen" first', async () => {
    const a = await engine().ask('Welke kosten horen bij de kosten van herstel?');
    expect(a.citations[0]?.quote, a.answer).toMatch(/Onder de kosten van herstel zijn/);
  });
});
