import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';

const tmp = tempDir('bron-corpus-hostile-');
afterAll(tmp.cleanup);

const front = (id: string, extra = '') =>
  `---\nid: ${id}\ntitle: "Titel ${id}"\noutlet: Test\ndate: "2024-10"\nlanguage: nl\n${extra}---\n`;

function corpusWith(name: string, files: Record<string, string | Buffer>): string {
  const base = join(tmp.dir, name);
  mkdirSync(base);
  const dir = copyCorpus(base);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

/** Hostile corpus files (#17.1 size cap, #17.10): each is named with its reason, or loads; the others always load. */
describe('hostile corpus files', () => {
  it('a 3 GB file is rejected by name before it is read; the other articles load', async () => {
    const dir = corpusWith('huge', {});
    const huge = join(dir, '900-dump.md');
    writeFileSync(huge, front('dump'));
    truncateSync(huge, 3 * 1024 ** 3); // sparse: no disk used, but stat (and a read) see 3 GB
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(articles).toHaveLength(5);
    expect(errors).toEqual([
      {
        file: 'huge/corpus/900-dump.md',
        message:
          'is 3.0 GB, over the 5.0 MB limit for one article (MAX_ARTICLE_BYTES); split it into several articles or raise the limit',
      },
    ]);
  });

  it('MAX_ARTICLE_BYTES is the limit the engine applies', async () => {
    const dir = corpusWith('limit', { '900-long.md': `${front('long')}${'Een zin over soldaten. '.repeat(2000)}\n` });
    const engine = await Engine.open(
      testConfig({ CORPUS_DIR: dir, INDEX_DIR: join(tmp.dir, 'limit', 'index'), MAX_ARTICLE_BYTES: '40000' }),
    );
    expect(engine.snapshotInfo.corpusErrors).toEqual([
      {
        file: expect.stringMatching(/900-long\.md$/),
        message: expect.stringMatching(/^is 45 KB, over the 40 KB limit/),
      },
    ]);
    expect(engine.snapshotInfo.articles.size).toBe(5);
  });

  it('a Latin-1 file is refused (no U+FFFD in verbatim quotes), naming the line', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${front('latin')}Eerste regel.\nDe Koreaanse generaal zei: `),
      Buffer.from([0x93, 0x77, 0x69, 0x6a, 0x20, 0x7a, 0x69, 0x6a, 0x6e, 0x20, 0x68, 0xeb, 0x72, 0x94]), // “wij zijn hër”
      Buffer.from('\n'),
    ]);
    const dir = corpusWith('latin1', { '900-latin1.md': latin1 });
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(articles.map((a) => a.id)).not.toContain('latin');
    expect(articles.every((a) => !a.body.includes('\uFFFD'))).toBe(true);
    expect(errors).toEqual([
      {
        file: 'latin1/corpus/900-latin1.md',
        message: 'is not valid UTF-8 (line 9); save it as UTF-8, quotes must be the text exactly',
      },
    ]);
  });

  it('a UTF-8 byte order mark is no part of the text, and no reason to reject', async () => {
    const body = 'Een artikel dat met een BOM begint.\n';
    const dir = corpusWith('bom', { '900-bom.md': `\uFEFF${front('bom')}${body}` });
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(errors).toEqual([]);
    expect(articles.find((a) => a.id === 'bom')!.body).toBe(body);
  });

  it('only http(s) links: javascript: and file: URLs are refused by field', async () => {
    const dir = corpusWith('urls', {
      '900-js.md': `${front('js', 'url: "javascript:alert(document.cookie)"\n')}Tekst.\n`,
      '901-file.md': `${front('file', 'url: "file:///etc/passwd"\n')}Tekst.\n`,
      '902-ok.md': `${front('ok', 'url: "https://example.org/a"\n')}Tekst.\n`,
    });
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(articles.find((a) => a.id === 'ok')?.url).toBe('https://example.org/a');
    expect(errors.map((e) => [e.file.split('/').pop(), e.field, e.message])).toEqual([
      ['900-js.md', 'url', expect.stringMatching(/^url: must be a full http\(s\) URL/)],
      ['901-file.md', 'url', expect.stringMatching(/^url: must be a full http\(s\) URL/)],
    ]);
  });

  it('an upper-case .MD file is an article like any other', async () => {
    const dir = corpusWith('upper', { 'UPPER.MD': `${front('upper')}Een artikel in hoofdletters.\n` });
    const { articles, errors } = await loadCorpus(dir, tmp.dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toContain('upper');
  });
});
