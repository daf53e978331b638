import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDevCorpus } from '../../eval/corpora.js';
import { containsAnswer } from '../../eval/normalize.js';
import { loadProbe, probeFiles } from '../../eval/probes.js';
import { loadCorpus } from '../../src/corpus/load.js';

/** Integrity of the committed probes (eval/probes/*.json): no engine, only the files. */
describe('probes', () => {
  it('there are probes', () => {
    expect(probeFiles().length).toBeGreaterThan(0);
  });

  for (const file of probeFiles()) {
    describe(basename(file), async () => {
      const probe = loadProbe(file);

      it('asks only over development corpora, never one kept unseen', () => {
        const unseen = Object.keys(probe.byCorpus).filter((c) => loadDevCorpus(c).unseen);
        expect(unseen).toEqual([]);
      });

      it('every answer occurs word for word in an article of its corpus; no question twice', async () => {
        const bad: string[] = [];
        for (const [name, questions] of Object.entries(probe.byCorpus)) {
          const bodies = (await loadCorpus(loadDevCorpus(name).corpusDir)).articles.map((a) => a.body);
          for (const q of questions)
            for (const a of q.answers) if (!containsAnswer(bodies, [a])) bad.push(`${name}: ${q.question} → ${a}`);
          expect(new Set(questions.map((q) => q.question.toLowerCase())).size).toBe(questions.length);
        }
        expect(bad).toEqual([]);
      });
    });
  }
});

describe('loadProbe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bron-probe-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  it('reads questions by corpus', () => {
    const file = write('ok', { 'en-wiki': [{ question: 'Who wrote it?', answers: ['Byron'], answerable: true }] });
    expect(loadProbe(file)).toEqual({
      name: 'ok',
      byCorpus: { 'en-wiki': [{ question: 'Who wrote it?', answers: ['Byron'], answerable: true }] },
    });
  });

  it('rejects an answerable question without answers, and an unanswerable one with them', () => {
    const none = write('none', { 'en-wiki': [{ question: 'Who wrote it?', answers: [], answerable: true }] });
    expect(() => loadProbe(none)).toThrow(/answers exactly when it is answerable/);
    const some = write('some', { 'en-wiki': [{ question: 'Who wrote it?', answers: ['x'], answerable: false }] });
    expect(() => loadProbe(some)).toThrow(/answers exactly when it is answerable/);
  });

  it('names the file and the first wrong field', () => {
    const file = write('bad', { 'en-wiki': [{ question: 'Who wrote it?', answers: ['x'] }] });
    expect(() => loadProbe(file)).toThrow(/bad\.json: .*en-wiki\.0\.answerable/);
  });
});
