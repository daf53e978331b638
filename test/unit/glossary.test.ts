import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lexiconGaps } from '../../src/answer/lexicon-gaps.js';
import {
  GLOSSARY_FILE,
  GlossaryInputError,
  loadGlossary,
  parseGlossary,
  removeGlossaryEntry,
  setGlossaryEntry,
} from '../../src/corpus/glossary.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { nameIn, nameWords } from '../../src/generate/validate.js';
import { baseLexicon, englishToDutch } from '../../src/lang/lexicon.js';
import { watchCorpus } from '../../src/watch.js';
import { engineOver, tempDir, writeArticle } from '../support/engine.js';

describe('corpus/glossary.tsv: a corpus’s own English→Dutch words', () => {
  it('reads entries, "=" and comments, and says what is wrong with a bad line by its number', () => {
    const text = [
      '# the club’s words',
      'glimmerball\tglimbal|glimballen',
      'Pitch-Keeper\tveldwachter   # hyphens count as spaces, case is folded',
      'referee\t=',
      '',
      'no tab here',
      'a\tb\tc',
      'glimmerball\tglimbal',
      'crowd\tmassa|menigte|publiek|toeschouwers|kijkers',
      'goal\tgoal',
      '\tdoel',
    ].join('\n');
    const { glossary, errors } = parseGlossary(text, 'corpus/glossary.tsv');
    expect([...glossary]).toEqual([
      ['glimmerball', ['glimbal', 'glimballen']],
      ['pitch keeper', ['veldwachter']],
      ['referee', []],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^line 6: .*exactly one tab/),
      expect.stringMatching(/^line 7: .*exactly one tab/),
      expect.stringMatching(/^line 8: "glimmerball" is listed twice/),
      expect.stringMatching(/^line 9: "crowd" has 5 Dutch words; at most 4/),
      expect.stringMatching(/^line 10: .*no Dutch word other than itself \(write "="\)/),
      expect.stringMatching(/^line 11: .*English word is missing/),
    ]);
    expect(errors.every((e) => e.file === 'corpus/glossary.tsv')).toBe(true);
  });

  it('is optional; an unreadable one is reported, not thrown', async () => {
    const tmp = tempDir('bron-glossary-');
    try {
      expect(await loadGlossary(tmp.dir)).toEqual({ glossary: new Map(), errors: [] });
      writeFileSync(join(tmp.dir, GLOSSARY_FILE), 'glimmerball\tglimbal\n');
      expect([...(await loadGlossary(tmp.dir)).glossary]).toEqual([['glimmerball', ['glimbal']]]);
      const folder = join(tmp.dir, 'sub');
      mkdirSync(join(folder, GLOSSARY_FILE), { recursive: true }); // a folder where the file should be
      const bad = await loadGlossary(folder);
      expect(bad.glossary.size).toBe(0);
      expect(bad.errors[0]?.message).toMatch(/^cannot be read: /);
    } finally {
      tmp.cleanup();
    }
  });

  it('lays its entries over the shipped lexicon for one corpus, in both directions, and leaves the shipped one be', () => {
    const lexicon = baseLexicon().with(
      new Map([
        ['glimmerball', ['glimbal']],
        ['village', []],
      ]),
    );
    expect(lexicon.englishToDutch('glimmerball')).toEqual(['glimbal']);
    expect(lexicon.translateTerm('glimbal', 'nl', 'en')).toContain('glimmerball');
    expect(lexicon.englishToDutch('village')).toEqual([]); // "=": the dictionary's translations dropped
    expect(englishToDutch('glimmerball')).toEqual([]);
    expect(englishToDutch('village')).toContain('dorp');
  });
});

describe('editing the glossary (what /glossary set and remove write)', () => {
  it('keeps the other lines, writes entries as the file holds them, and loses none of two edits at once', async () => {
    const tmp = tempDir('bron-glossary-edit-');
    try {
      writeFileSync(join(tmp.dir, GLOSSARY_FILE), '# our words\r\nreferee\t=\r\n');
      const [a, b] = await Promise.all([
        setGlossaryEntry(tmp.dir, 'Glimmerball', 'Glimbal | glimballen'),
        setGlossaryEntry(tmp.dir, 'pitch keeper', 'veldwachter'),
      ]);
      expect([a.outcome, b.outcome]).toEqual(['added', 'added']);
      expect(a).toMatchObject({ english: 'glimmerball', dutch: 'glimbal|glimballen' });
      const read = () => readFileSync(join(tmp.dir, GLOSSARY_FILE), 'utf8');
      expect(read()).toBe('# our words\nreferee\t=\nglimmerball\tglimbal|glimballen\npitch keeper\tveldwachter\n');
      expect((await setGlossaryEntry(tmp.dir, 'referee', 'scheidsrechter')).outcome).toBe('replaced');
      expect(await removeGlossaryEntry(tmp.dir, 'Pitch-Keeper')).toBe(true);
      expect(await removeGlossaryEntry(tmp.dir, 'pitch keeper')).toBe(false);
      expect(read()).toBe('# our words\nreferee\tscheidsrechter\nglimmerball\tglimbal|glimballen\n');
      await expect(setGlossaryEntry(tmp.dir, 'crowd', 'a|b|c|d|e')).rejects.toThrow(GlossaryInputError);
      await expect(setGlossaryEntry(tmp.dir, 'crowd\tx', 'y')).rejects.toThrow(/one line without tabs/);
      expect(readdirSync(tmp.dir)).toEqual([GLOSSARY_FILE]); // no temp file left behind
    } finally {
      tmp.cleanup();
    }
  });
});

describe('a generated answer’s names are checked with the corpus’s lexicon', () => {
  it('"the Glimmerball" is the "Glimbal" a Dutch source writes only through the glossary', () => {
    const words = nameWords('Bij het Glimbal in Morland waren zaterdag 4.000 toeschouwers.');
    const lexicon = baseLexicon().with(new Map([['glimmerball', ['glimbal']]]));
    expect(nameIn('glimmerball', words, { variants: { variantsOf: () => [], lexicon } })).toBe(true);
    expect(nameIn('glimmerball', words, { variants: { variantsOf: () => [] } })).toBe(false);
  });
});

describe('the offline embedder expands a query with the corpus’s lexicon', () => {
  it('a glossary word brings the query closer to the Dutch passage that writes it', async () => {
    const e = new LocalHashEmbeddings();
    const doc = e.embedText('Bij het glimbal in Morland waren zaterdag 4.000 toeschouwers.', 'nl');
    const cosine = (v: number[]) => v.reduce((sum, x, i) => sum + x * doc[i]!, 0);
    const q = 'How many spectators were at the glimmerball?';
    const lexicon = baseLexicon().with(new Map([['glimmerball', ['glimbal']]]));
    expect(cosine(await e.embedQueryWith(q, lexicon))).toBeGreaterThan(cosine(await e.embedQuery(q)) + 0.05);
  });
});

describe('an engine reads its corpus’s glossary: an English question meets the Dutch word only it gives', () => {
  const write = (withGlossary: boolean) => (corpus: string) => {
    const nl = (id: string, title: string, body: string) =>
      writeArticle(corpus, { id, title, outlet: 'Dagblad Morland', date: '2025-06-01', language: 'nl', body });
    nl('glimbal', 'Druk bij het glimbal', 'Bij het glimbal in Morland waren zaterdag 4.000 toeschouwers.');
    nl('kaatsen', 'Druk bij het stoepkaatsen', 'Bij het stoepkaatsen in Estmar waren zaterdag 9.000 toeschouwers.');
    if (withGlossary) writeFileSync(join(corpus, GLOSSARY_FILE), 'glimmerball\tglimbal\nno tab on this line\n');
  };
  const withGlossary = engineOver('bron-glossary-on-', write(true));
  const without = engineOver('bron-glossary-off-', write(false));
  const question = 'How many spectators were at the glimmerball?';

  it('answers from the article the glossary names, and reports its bad line with the rejected files', async () => {
    expect(withGlossary().snapshotInfo.corpusErrors).toEqual([
      { file: expect.stringMatching(/glossary\.tsv$/), message: expect.stringMatching(/^line 2: .*exactly one tab/) },
    ]);
    const a = await withGlossary().ask(question);
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/glimbal in Morland waren zaterdag 4\.000/);
  });

  it('without it, the English word reaches neither article', async () => {
    const a = await without().ask(question);
    expect(a.citations[0]?.quote ?? '').not.toMatch(/glimbal/);
  });
});

describe('npm run glossary: the words a question in another language cannot reach', () => {
  const articles = [
    {
      id: 'a',
      title: 'Druk bij het glimbal',
      language: 'nl',
      body: 'Bij het glimbal in Morland waren 4.000 toeschouwers. Het glimbal trekt ieder jaar meer publiek. Morland won.',
    },
    {
      id: 'b',
      title: 'Glimbal groeit',
      language: 'nl',
      body: 'Ook in Estmar speelt men glimbal met veel toeschouwers.',
    },
  ];

  it('lists the widespread ones first, leaves out names and words the lexicon knows', async () => {
    const gaps = await lexiconGaps(articles, baseLexicon(), { askers: ['en'] });
    expect(gaps[0]).toEqual({ word: 'glimbal', lang: 'nl', from: 'en', articles: 2 });
    const listed = gaps.map((g) => g.word);
    for (const known of ['toeschouwers', 'publiek', 'jaar', 'morland', 'estmar']) expect(listed).not.toContain(known);
  });

  it('counts a word both languages write the same ("=" in general.tsv or a glossary) as reached', async () => {
    const same = [{ id: 'c', title: 'Een interview', language: 'nl', body: 'Het interview over glimbal duurde lang.' }];
    expect((await lexiconGaps(same, baseLexicon(), { askers: ['en'] })).map((g) => g.word)).toEqual(['glimbal']);
    const lexicon = baseLexicon().with(new Map([['glimbal', []]]));
    expect(lexicon.isDictionaryWord('glimbal', 'en')).toBe(true);
    expect(await lexiconGaps(same, lexicon, { askers: ['en'] })).toEqual([]);
  });

  it('drops a word once the glossary gives it, and asks nothing of the articles’ own language', async () => {
    const lexicon = baseLexicon().with(new Map([['glimmerball', ['glimbal']]]));
    expect((await lexiconGaps(articles, lexicon, { askers: ['en'] })).map((g) => g.word)).not.toContain('glimbal');
    expect(await lexiconGaps(articles, baseLexicon(), { askers: ['nl'] })).toEqual([]);
  });
});

describe('watch mode sees an admin’s glossary and aliases edits, not only articles', () => {
  it('reports glossary.tsv and aliases.yaml changes, and still ignores other files', async () => {
    const tmp = tempDir('bron-watch-glossary-');
    const seen: string[][] = [];
    const watcher = watchCorpus(tmp.dir, { debounceMs: 50, stableMs: 100, onChange: (f) => seen.push(f) });
    try {
      await watcher.ready;
      writeFileSync(join(tmp.dir, 'notes.txt'), 'not for Bron');
      writeFileSync(join(tmp.dir, GLOSSARY_FILE), 'glimmerball\tglimbal\n');
      writeFileSync(join(tmp.dir, 'aliases.yaml'), 'Morland: [Moorland]\n');
      await vi.waitFor(
        () =>
          expect(
            seen
              .flat()
              .map((f) => basename(f))
              .sort(),
          ).toEqual(['aliases.yaml', GLOSSARY_FILE]),
        {
          timeout: 5000,
          interval: 50,
        },
      );
    } finally {
      await watcher.close();
      tmp.cleanup();
    }
  });
});
