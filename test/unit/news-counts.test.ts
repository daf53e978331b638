import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { isStopword } from '../../src/text/analyze.js';
import { openEngine, tempDir } from '../support/engine.js';

/** Counts asked the way news readers ask them, over short hand-made Dutch news articles (no seed text). */
describe('a count asked in the words of the news', () => {
  const tmp = tempDir('bron-news-counts-');
  let engine: Engine;
  beforeAll(async () => {
    const corpus = join(tmp.dir, 'corpus');
    mkdirSync(corpus);
    const article = (id: string, title: string, date: string, body: string) =>
      writeFileSync(
        join(corpus, `${id}.md`),
        `---\nid: ${id}\ntitle: "${title}"\noutlet: De Krant\ndate: "${date}"\nlanguage: nl\n---\n${body}\n`,
      );
    article(
      'overstroming',
      'Dodental overstroming stijgt',
      '2024-11-01',
      'Het aantal doden door de overstroming in de regio Valmera is opgelopen tot 205, meldt de regionale overheid. ' +
        'Reddingswerkers zoeken nog naar tientallen vermisten.',
    );
    article(
      'kettingbotsing',
      'Kettingbotsing op de snelweg',
      '2024-10-12',
      'Bij een kettingbotsing op de A12 bij Dorpstad raakten zaterdagochtend zeker twaalf mensen gewond. ' +
        'De snelweg was urenlang afgesloten.',
    );
    article(
      'brand',
      'Grote brand in woonwijk',
      '2024-07-05',
      'Een grote brand heeft in de nacht van donderdag op vrijdag 15 woningen in de wijk Kanaalzijde verwoest. ' +
        'Niemand raakte gewond.',
    );
    engine = await openEngine(join(tmp.dir, 'index'), { CORPUS_DIR: corpus });
  });
  afterAll(tmp.cleanup);

  it('reads "er zijn doden gevallen" as "there were deaths": the verb is no word an answer must say', async () => {
    const a = await engine.ask('Hoeveel doden zijn er gevallen bij de overstroming?');
    expect(a.figures?.map((f) => f.value)).toEqual([205]);
  });

  it('takes no number of a road name ("A12") as a figure the question states or a word the corpus counts', async () => {
    const a = await engine.ask('Hoeveel mensen raakten gewond op de A12?');
    expect(a.figures?.map((f) => f.value)).toEqual([12]);
  });

  it('asks nothing with a form of an auxiliary or modal: "werden", "zouden", "moeten"', async () => {
    for (const w of ['werden', 'hadden', 'konden', 'zouden', 'moeten', 'mochten', 'willen'])
      expect(isStopword(w, 'nl'), w).toBe(true);
    const a = await engine.ask('Hoeveel woningen werden verwoest?');
    expect(a.figures?.map((f) => f.value)).toEqual([15]);
  });
});
