import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.js';
import { findNumbers } from '../../src/text/numbers.js';
import { openEngine, tempDir } from '../support/engine.js';

/**
 * The answerer end to end on the seed corpus: behaviour any corpus needs (verbatim quotes, every figure with its
 * source, the asker's language, refusals), checked where the seed articles exercise it. Module-level tests on small
 * hand-made texts are in answer-steps.test.ts.
 */
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

describe('answer invariants', () => {
  const questions = [
    'How many North Korean troops are in Russia?',
    'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?',
    'Wat zei Rutte?',
    'Where were the North Korean units deployed?',
  ];

  it('every quote is verbatim in its article at its offsets, and every number in the answer is in a cited quote', async () => {
    const articles = engine.snapshotInfo.articles;
    for (const q of questions) {
      const a = await engine.ask(q);
      expect(a.grounded, q).toBe(true);
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

  it('reports every conflicting figure with its source, never one alone, and keeps other quantities out', async () => {
    for (const q of [
      'How many North Korean troops are in Russia?',
      'Hoeveel soldaten heeft Noord-Korea naar Rusland gestuurd?',
      'how many troops?',
    ]) {
      const a = await engine.ask(q);
      const values = new Set(a.figures?.map((f) => f.value));
      expect(
        [...values].sort((x, y) => x - y),
        q,
      ).toEqual([1500, 3000, 10000]);
      const byArticle = new Set(a.figures!.map((f) => a.citations[f.citation - 1]!.articleId));
      expect([...byArticle].sort(), q).toEqual([
        'dvhn-boerjaten',
        'nos-rutte-koersk',
        'poetin-onze-zaak',
        'rd-ferme-taal',
      ]);
      expect(a.answer).toMatch(/different figures|verschillende aantallen/);
      const dod = a.figures!.find((f) => f.value === 10000 && f.attribution?.includes('ministerie van Defensie'));
      expect(dod, 'the US Defense Department figure is attributed').toBeDefined();
      // Russian losses (600.000) are a different quantity and must not be mixed in.
      expect(values.has(600000), q).toBe(false);
    }
  });

  it('checks a stated figure: the reports that give it first, or plainly none, never the number unquoted', async () => {
    const yes = await engine.ask('Is it true that 10,000 North Korean soldiers are in Russia?');
    const asked = yes.figures!.filter((f) => f.asked);
    expect(asked.map((f) => f.value)).toEqual([10000, 10000]);
    expect(yes.figures!.slice(0, asked.length)).toEqual(asked);
    expect(yes.answer).toContain('The figure asked about is given here:');
    const no = await engine.ask('Klopt het dat er 20.000 Noord-Koreaanse soldaten in Rusland zijn?');
    expect(no.figures!.every((f) => f.asked === false)).toBe(true);
    expect(no.answer).toContain('Geen artikel noemt het gevraagde aantal.');
    expect(findNumbers(claims(no.answer)).map((n) => n.value)).not.toContain(20000);
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

  it('refuses a count of something the articles never count, and an age they never give', async () => {
    for (const q of ['How many helicopters has North Korea sent to Russia?', 'Hoe oud is Poetin?']) {
      const a = await engine.ask(q);
      expect(a.grounded, `${q}\n${a.answer}`).toBe(false);
      expect(a.citations).toEqual([]);
    }
  });

  it('does not answer "how many were killed" with the numbers of troops sent', async () => {
    for (const q of [
      'How many North Korean soldiers have been killed?',
      'Hoeveel Noord-Koreaanse soldaten zijn gesneuveld?',
    ]) {
      const a = await engine.ask(q);
      expect(a.figures?.some((f) => [1500, 3000, 10000].includes(f.value)) ?? false, `${q}\n${a.answer}`).toBe(false);
    }
  });

  it('"omgekomen of gewond geraakt" is answered by a count of either', async () => {
    const a = await engine.ask('Hoeveel Russische militairen zijn omgekomen of gewond geraakt?');
    const quotes = a.citations.map((c) => c.quote).join('\n');
    expect(quotes).toContain('600.000 Russische militairen');
    expect(quotes).toContain('Iedere week worden er duizend uitgeschakeld');
  });
});

describe('quote boundaries', () => {
  it('a quote does not run on into the next line’s byline (“… kant.”⏎Bron: Dvhn)', async () => {
    for (const q of ['Wie verwacht weinig nieuws van Amerikaanse kant?', 'Wat verwacht de schrijver tot 5 november?']) {
      const a = await engine.ask(q);
      for (const c of a.citations) expect(c.quote, q).not.toMatch(/\n\s*Bron:/);
    }
  });

  it('never quotes across a line break', async () => {
    const spanning: string[] = [];
    for (const q of [
      'Who is Kim Jong-un?',
      'Wat is de rol van Noord-Korea?',
      'Why is America waiting before reacting?',
    ]) {
      for (const c of (await engine.ask(q)).citations) if (c.quote.includes('\n')) spanning.push(`${q}: ${c.quote}`);
    }
    expect(spanning).toEqual([]);
  });

  it('doubles no quotation marks around a quote that is a quotation itself', async () => {
    const said = await engine.ask('Wat zei Poetin over de Noord-Koreaanse troepen?');
    expect(said.answer).not.toMatch(/““|””/);
  });
});

describe('what someone said', () => {
  it('answers with the asked person’s own words', async () => {
    const a = await engine.ask('Wat zei Poetin over de inzet van Noord-Koreaanse troepen?');
    expect(a.grounded).toBe(true);
    for (const c of a.citations)
      expect(c.quote).toMatch(
        /\b(zei|benadrukte|noemt|gaf)\b(\s+\S+){0,4}\s+Poetin|Poetin(\s+\S+){0,4}\s+(zei|noemt)\b/,
      );
  });

  it('reads who is asked to speak from the wording, not from every name in the question', async () => {
    const a = await engine.ask('Wat zei Rutte over Poetin?');
    expect(a.grounded).toBe(true);
    expect(a.citations.some((c) => /Rutte|NAVO-chef/.test(c.quote))).toBe(true);
  });

  it('"…, according to Rutte?" quotes only what Rutte says', async () => {
    const a = await engine.ask('Why is Russia using North Korean troops, according to Rutte?');
    expect(a.grounded).toBe(true);
    for (const c of a.citations) expect(c.quote, c.quote).toMatch(/Rutte|NAVO-chef|secretaris-generaal|Hij/);
  });

  it('refuses a person the articles never name, whatever the other words match', async () => {
    expect((await engine.ask('What did Xi Jinping say about the North Korean troops?')).grounded).toBe(false);
  });
});

describe('when an article was published', () => {
  it('quotes the dateline of the article the question points to', async () => {
    const a = await engine.ask('When was the RD commentary published?');
    expect(a.grounded).toBe(true);
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]!.articleId).toBe('rd-ferme-taal');
    expect(a.citations[0]!.quote).toContain('31 October 2024');
  });

  it('does not make up a date for an article whose text gives none', async () => {
    for (const q of ['Wanneer is het artikel van de NOS verschenen?', 'when was it published']) {
      const a = await engine.ask(q);
      expect(
        a.citations.some((c) => /\b\d{1,2} (October|oktober) 2024\b/.test(c.quote)),
        q,
      ).toBe(false);
    }
  });
});

describe('overview', () => {
  it('"what is this about" is answered from the articles’ titles and leads, with citations', async () => {
    for (const q of ['What are these articles about?', 'Waar gaat het nieuws over?', 'Summarize the news']) {
      const a = await engine.ask(q);
      expect(a.grounded, q).toBe(true);
      expect(a.citations.length, q).toBeGreaterThanOrEqual(3);
      const titles = new Set([...engine.snapshotInfo.articles.values()].map((x) => x.title));
      for (const c of a.citations) expect(titles.has(c.title)).toBe(true);
    }
  });
});
