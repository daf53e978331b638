import { describe, expect, it } from 'vitest';
import { analyse, verbForms } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';
import { engineWith } from '../support/engine.js';

/** Dutch question forms as a Dutch reader writes them, over short hand-made articles (no seed text). */
describe('a Dutch question written the way Dutch readers write it', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'n', language: 'nl', body: 'De reizigers wachtten drie kwartier op de bus. De staking duurde twee dagen.' },
  ]);

  it('reads "hoelang", "hoevaak" and "hoever" as "hoe lang", "hoe vaak" and "hoe ver"', () => {
    const q = analyse('Hoelang duurde de staking?', stats);
    expect(q.kind).toBe('time');
    expect(q.groups.map((g) => g.id)).toEqual(['duurde', 'staking']);
    expect(analyse('Hoevaak staakten de chauffeurs?', stats).groups.map((g) => g.id)).not.toContain('hoevaak');
    expect(analyse('Hoever reden de bussen?', stats).groups.map((g) => g.id)).not.toContain('hoever');
  });

  it('reads "Waarvoor dient X?" as asking X\'s purpose ("het doel van X"), not a verb "dienen"', () => {
    const ids = analyse('Waarvoor dient de staking?', stats).groups.map((g) => g.id);
    expect(ids).toEqual(['doel', 'staking']);
  });

  it('finds a verb in its present participle: "duurt" in "twee dagen durende", "dient" in "dienende"', () => {
    const corpus = CorpusStats.fromArticles([
      { id: 'n', language: 'nl', body: 'Na een twee dagen durende staking. De dienende broeders. Een gaande man.' },
    ]);
    expect(verbForms('duurt', 'nl', corpus)).toContain('durend');
    expect(verbForms('dient', 'nl', corpus)).toContain('dienend');
  });

  it('finds a verb whose stem lost its closing s in its forms that keep it: "dansen" in "danst", "gedanst"', () => {
    const corpus = CorpusStats.fromArticles([
      { id: 'n', language: 'nl', body: 'Zij danst op het plein. Eerder hebben zij daar gedanst.' },
    ]);
    const forms = verbForms(pack('nl').stem('dansen'), 'nl', corpus);
    expect(forms).toEqual(expect.arrayContaining(['danst', 'gedanst']));
  });

  const engine = engineWith('bron-dutch-question-forms-', {
    staking: {
      title: 'Busstaking op het eiland',
      outlet: 'De Krant',
      date: '2024-07-01',
      language: 'nl',
      body:
        'Op het eiland staakten gisteren de chauffeurs van 120 bussen. Duizenden toeristen zaten vast op het ' +
        'vliegveld.\n\nVoor de reizigers van Zonreizen viel het mee: zij wachtten ongeveer drie kwartier op ander ' +
        'vervoer.',
    },
  });

  const statute = engineWith('bron-dutch-citation-title-', {
    raad: {
      title: 'Wet op de Tuinraad',
      outlet: 'Wettenbank',
      date: '2020-01-01',
      language: 'nl',
      body:
        'Artikel 1\n\nEr is een Tuinraad, hierna te noemen de raad.\n\nArtikel 2\n\nDe raad bestaat uit ten ' +
        'hoogste negen leden.\n\nArtikel 3\n\nDeze wet wordt aangehaald als: Wet op de Tuinraad.',
    },
  });

  it('takes a statute\'s short title ("wordt aangehaald als: …") for its name', async () => {
    const a = await statute().ask('Hoe heet de wet over de Tuinraad?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toContain('aangehaald als');
  });

  it('counts people named by a present participle ("wachtenden", "stakenden"), not "eenden"', () => {
    const p = pack('nl');
    for (const w of ['wachtenden', 'stakenden', 'betogenden']) expect(p.personPlural.test(w), w).toBe(true);
    for (const w of ['eenden', 'zenden', 'wenden']) expect(p.personPlural.test(w), w).toBe(false);
  });

  it('takes a quarter of an hour ("drie kwartier") for a length of time', async () => {
    const a = await engine().ask('Hoe lang moesten de reizigers van Zonreizen wachten?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toContain('drie kwartier');
  });
});
