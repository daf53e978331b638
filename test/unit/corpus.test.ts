import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/corpus/article.js';
import { loadCorpus, parseArticle } from '../../src/corpus/load.js';
import { tempDir } from '../support/engine.js';

const RAW = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus-raw');

describe('corpus', () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it('loads the five seed articles with their metadata', async () => {
    const { articles, errors } = await loadCorpus('corpus');
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      'poetin-onze-zaak',
      'zelenskiy-bezorgd',
      'nos-rutte-koersk',
      'rd-ferme-taal',
      'dvhn-boerjaten',
    ]);
    const nos = articles.find((a) => a.id === 'nos-rutte-koersk')!;
    expect(nos).toMatchObject({
      outlet: 'NOS Nieuws',
      date: '2024-10',
      language: 'nl',
      file: 'corpus/002-nos-rutte-koersk.md',
    });
    expect(articles.find((a) => a.id === 'rd-ferme-taal')!.date).toBe('2024-10-31');
    for (const a of articles) expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.skipIf(!existsSync(RAW))('keeps every article body byte for byte as received', async () => {
    const { articles } = await loadCorpus('corpus');
    for (const a of articles)
      expect(a.body).toBe(readFileSync(join(RAW, a.raw!.replace('shared/corpus-raw/', '')), 'utf8'));
  });

  it('rejects bad front matter by file and field, and still loads the rest', async () => {
    const dir = join(tmp.dir, 'corpus');
    mkdirSync(dir);
    for (const f of readdirSync('corpus')) copyFileSync(join('corpus', f), join(dir, f));
    writeFileSync(
      join(dir, '100-no-title.md'),
      '---\nid: "no-title"\noutlet: "X"\ndate: "2024-10-01"\nlanguage: "nl"\n---\nTekst.\n',
    );
    writeFileSync(
      join(dir, '101-bad-date.md'),
      '---\nid: "bad-date"\ntitle: "T"\noutlet: "X"\ndate: "2024-02-30"\nlanguage: "nl"\n---\nTekst.\n',
    );
    writeFileSync(join(dir, '102-no-front.md'), 'Just text, no front matter.\n');
    writeFileSync(join(dir, '103-bad-yaml.md'), '---\nid: [unclosed\n---\nTekst.\n');
    writeFileSync(
      join(dir, '104-dup.md'),
      '---\nid: "nos-rutte-koersk"\ntitle: "T"\noutlet: "X"\ndate: "2024"\nlanguage: "nl"\n---\nTekst.\n',
    );
    writeFileSync(
      join(dir, '105-bad-url.md'),
      '---\nid: "bad-url"\ntitle: "T"\noutlet: "X"\ndate: "2024"\nlanguage: "nl"\nurl: "not a link"\n---\nTekst.\n',
    );
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(articles).toHaveLength(5);
    const byFile = Object.fromEntries(errors.map((e) => [e.file.split('/').pop(), e]));
    expect(byFile['100-no-title.md']).toMatchObject({ field: 'title', message: 'title: is required' });
    expect(byFile['101-bad-date.md']).toMatchObject({ field: 'date' });
    expect(byFile['101-bad-date.md']!.message).toContain('not a real calendar date');
    expect(byFile['102-no-front.md']!.message).toContain('missing YAML front matter');
    expect(byFile['103-bad-yaml.md']!.message).toContain('not valid YAML');
    expect(byFile['104-dup.md']).toMatchObject({ field: 'id' });
    expect(byFile['104-dup.md']!.message).toContain('already used by');
    expect(byFile['105-bad-url.md']).toMatchObject({ field: 'url' });
    expect(errors.every((e) => e.file.startsWith('corpus/'))).toBe(true);
  });

  it('says so in one line when the corpus folder is missing or a file, naming CORPUS_DIR', async () => {
    const tmp = tempDir('bron-nocorpus-');
    try {
      const missing = join(tmp.dir, 'nothing-here');
      await expect(loadCorpus(missing)).rejects.toMatchObject({
        name: 'CorpusDirError',
        message: expect.stringMatching(/nothing-here does not exist: set CORPUS_DIR to the folder/),
      });
      writeFileSync(join(tmp.dir, 'a-file'), 'x');
      await expect(loadCorpus('a-file', tmp.dir)).rejects.toThrow(/a-file \(.*\) is not a folder/);
    } finally {
      tmp.cleanup();
    }
  });

  it('rejects an empty body', () => {
    const r = parseArticle('x.md', '---\nid: "x1"\ntitle: "T"\noutlet: "O"\ndate: "2024"\nlanguage: "nl"\n---\n  \n');
    expect(r).toEqual([{ file: 'x.md', field: 'body', message: 'body: the article text is empty' }]);
  });

  it('says how to quote a value that holds ": ", with the line of the file', () => {
    const r = parseArticle(
      'x.md',
      '---\nid: x1\ntitle: Record heat: 38 degrees\noutlet: O\ndate: "2024"\nlanguage: en\n---\nText.\n',
    );
    expect(r).toEqual([
      {
        file: 'x.md',
        message:
          'front matter is not valid YAML: line 3: a value holding ": " must be quoted — write title: "Record heat: 38 degrees"',
      },
    ]);
    // Other YAML errors keep the parser's words, with the file's line.
    const bad = parseArticle('y.md', '---\nid: x1\ntitle: "unclosed\n---\nText.\n') as { message: string }[];
    expect(bad[0]!.message).toMatch(/^front matter is not valid YAML: .*\(line \d+\)$/);
  });

  it('reads a "link" as the article\'s url, and checks it as one', () => {
    const fm = (extra: string) =>
      parseArticle('x.md', `---\nid: x1\ntitle: T\noutlet: O\ndate: "2024"\nlanguage: en\n${extra}---\nText.\n`);
    expect(fm('link: https://example.org/a\n')).toMatchObject({ url: 'https://example.org/a' });
    expect(fm('link: https://example.org/a\nurl: https://example.org/b\n')).toMatchObject({
      url: 'https://example.org/b',
    });
    expect(fm('link: javascript:alert(1)\n')).toEqual([expect.objectContaining({ field: 'url' })]);
  });

  it('formats partial ISO dates', () => {
    expect(formatDate('2024-10-31')).toBe('31 Oct 2024');
    expect(formatDate('2024-10')).toBe('Oct 2024');
    expect(formatDate('2024')).toBe('2024');
  });
});
