import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import { findNumbers } from '../src/text/numbers.js';
import { openEngine, tempDir } from './support/engine.js';
import { loadQuestions } from './support/questions.js';

const fixture = loadQuestions('test/fixtures/questions.json');
const tmp = tempDir();
let engine: Engine;
beforeAll(async () => {
  engine = await openEngine(tmp.dir);
});
afterAll(tmp.cleanup);

/** Removes the "[n]" citation markers and source lines, leaving what the answer claims. */
function claims(answer: string): string {
  return answer.replace(/(;[^;\n]*| — [^—\n]*)\[\d+\]\s*$/gm, '').replace(/\[\d+\]/g, '');
}

describe('answers on the held-out fixture', () => {
  it('has at least 20 questions in both languages', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(20);
    expect(fixture.some((q) => q.lang === 'en') && fixture.some((q) => q.lang === 'nl')).toBe(true);
  });

  for (const q of fixture) {
    it(`${q.id} [${q.lang}] ${q.question}`, async () => {
      const a = await engine.ask(q.question);
      if (!q.answerable) {
        expect(a.grounded, `should refuse, answered: ${a.answer}`).toBe(false);
        expect(a.citations).toEqual([]);
        return;
      }
      expect(a.grounded, `refused with confidence ${a.confidence.toFixed(2)}`).toBe(true);
      const hits = await engine.retrieve(q.question, { k: 5 });
      expect(hits.some((h) => q.articles.includes(h.doc.metadata.articleId)), 'expected article in top 5').toBe(true);
      for (const fact of q.expect) {
        const found = a.citations.some((c) => c.articleId === fact.article && c.quote.includes(fact.quote));
        expect(found, `missing “${fact.quote}” from ${fact.article} in:\n${a.answer}`).toBe(true);
      }
    });
  }
});

describe('answer invariants', () => {
  const questions = [
    'How many North Korean troops are in Russia?',
    'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?',
    'Wat zei Rutte?',
    'Where were the North Korean units deployed?',
    'Who is Lloyd Austin?',
  ];

  it('every quote is verbatim in its article at its offsets, and every number in the answer is in a cited quote', async () => {
    const articles = engine.snapshotInfo.articles;
    for (const q of questions) {
      const a = await engine.ask(q);
      expect(a.grounded).toBe(true);
      for (const c of a.citations) {
        const body = articles.get(c.articleId)!.body;
        expect(body.slice(c.start, c.end)).toBe(c.quote);
        expect(c.file).toBe(articles.get(c.articleId)!.file);
        expect(c.source).toMatch(/, (\d{1,2} )?[A-Z][a-z]{2} 2024$/);
      }
      const quoted = new Set(a.citations.flatMap((c) => findNumbers(c.quote).map((n) => n.value)));
      for (const n of findNumbers(claims(a.answer))) expect(quoted, `${n.text} in “${a.answer}”`).toContain(n.value);
      for (const m of a.answer.matchAll(/\[(\d+)\]/g)) expect(Number(m[1])).toBeLessThanOrEqual(a.citations.length);
    }
  });

  it('reports every conflicting troop figure with its source, never one alone', async () => {
    for (const q of ['How many North Korean troops are in Russia?', 'Hoeveel soldaten heeft Noord-Korea naar Rusland gestuurd?', 'how many troops?']) {
      const a = await engine.ask(q);
      const values = new Set(a.figures?.map((f) => f.value));
      expect([...values].sort((x, y) => x - y), q).toEqual([1500, 3000, 10000]);
      const byArticle = new Set(a.figures!.map((f) => a.citations[f.citation - 1]!.articleId));
      expect([...byArticle].sort()).toEqual(['dvhn-boerjaten', 'nos-rutte-koersk', 'poetin-onze-zaak', 'rd-ferme-taal']);
      expect(a.answer).toMatch(/different figures|verschillende aantallen/);
      const dod = a.figures!.find((f) => f.value === 10000 && f.attribution?.includes('ministerie van Defensie'));
      expect(dod, 'the US Defense Department figure is attributed').toBeDefined();
      // Russian losses (600.000) are a different quantity and must not be mixed in.
      expect(values.has(600000)).toBe(false);
    }
  });

  it('answers in the asker’s language', async () => {
    expect((await engine.ask('How many North Korean troops are in Russia?')).answer).toMatch(/^The sources/);
    expect((await engine.ask('Hoeveel Noord-Koreaanse troepen zijn er in Rusland?')).answer).toMatch(/^De bronnen/);
    expect((await engine.ask('What is the capital of Australia?')).answer).toContain("don't cover");
    expect((await engine.ask('Wat is de hoofdstad van Australië?')).answer).toContain('niet');
  });

  it('rejects empty and wordless questions with a clear message, and shortens very long ones', async () => {
    await expect(engine.ask('   ')).rejects.toThrow('The question is empty');
    await expect(engine.ask('?!… 🙂')).rejects.toThrow('no words');
    const long = await engine.ask(`How many North Korean troops are in Russia? ${'x '.repeat(60_000)}`);
    expect(long.notice).toMatch(/only the first/);
  });
});
