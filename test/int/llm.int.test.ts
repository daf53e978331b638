import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CorpusStats } from '../../src/answer/stats.js';
import { type Answer, toJson } from '../../src/answer/types.js';
import { ConfigError } from '../../src/config.js';
import type { Article } from '../../src/corpus/article.js';
import { parseGlossary } from '../../src/corpus/glossary.js';
import type { Engine } from '../../src/engine.js';
import {
  llmConfig,
  llmStats,
  type NameVariants,
  rebuild,
  resetLlmStats,
  type Source,
  type StreamEvent,
  streamAnswer,
  validate,
} from '../../src/generate/index.js';
import { splitAnswer } from '../../src/generate/validate.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { baseLexicon } from '../../src/lang/lexicon.js';
import { findNumbers } from '../../src/text/numbers.js';
import { openEngine, tempDir, testConfig } from '../support/engine.js';
import {
  type FakeLlmServer,
  passageWith,
  type ReceivedRequest,
  type ScriptedReply,
  startFakeOllama,
  startFakeOpenAI,
  userPrompt,
} from '../support/fake-llm.js';
import { nodeArgs } from '../support/node-args.js';

// ---------------------------------------------------------------------------------------------------------------
// validate: pure, on hand-made sources

function article(id: string, body: string, extra: Partial<Article> = {}): Article {
  return {
    id,
    title: `Titel ${id}`,
    outlet: 'Testkrant',
    date: '2024-10',
    language: 'nl',
    file: `corpus/${id}.md`,
    body,
    hash: id,
    ...extra,
  };
}

/** A source quoting `text` (verbatim, whole sentences) from the article. */
function source(n: number, a: Article, text: string, score = 1): Source {
  const start = a.body.indexOf(text);
  if (start < 0) throw new Error(`not in ${a.id}: ${text}`);
  const end = start + text.length;
  const sentences = splitSentences(a)
    .filter((s) => s.start >= start && s.end <= end)
    .map((s) => ({ start: s.start, end: s.end }));
  return { n, article: a, start, end, sentences, score };
}

const A = article(
  'a',
  'Volgens het Amerikaanse ministerie van Defensie bevinden zich 10.000 Noord-Koreaanse militairen in Rusland. ' +
    'President Poetin zei vrijdag dat de inzet een zaak van Rusland is. In augustus begon Oekraïne een offensief in Koersk.\n\n' +
    'Daarna heeft hij een bataljon met drieduizend soldaten gezonden.',
);
const B = article(
  'b',
  'NAVO-chef Mark Rutte waarschuwde voor een verdere escalatie. Vorige week waren het nog 1500 soldaten.',
  { outlet: 'RD.nl', date: '2024-10-31' },
);
const S1 = source(1, A, A.body.slice(0, A.body.indexOf('\n\n')));
const S2 = source(2, B, B.body);
const S3 = source(3, A, 'Daarna heeft hij een bataljon met drieduizend soldaten gezonden.');
const SOURCES = [S1, S2, S3];

/** What the engine passes for the seed corpus: no learnt spellings here, and its glossary over the lexicon. */
const SEED: NameVariants = {
  variantsOf: () => [],
  lexicon: baseLexicon().with(parseGlossary(readFileSync('corpus/glossary.tsv', 'utf8')).glossary),
};
const check = (text: string, lang: 'en' | 'nl' = 'en') => validate(text, SOURCES, lang, SEED);
const keptTexts = (text: string, lang: 'en' | 'nl' = 'en') =>
  check(text, lang)
    .sentences.filter((s) => s.kept)
    .map((s) => s.text);

describe('validate: numbers', () => {
  it('compares values, not spellings: 10,000 = 10.000 = ten thousand = tienduizend, 3,000 = drieduizend', () => {
    for (const t of [
      'There are 10,000 North Korean soldiers in Russia [1].',
      'There are 10.000 of them [1].',
      'About ten thousand are there [1].',
      'Er zijn tienduizend militairen [1].',
    ]) {
      const v = check(t, t.startsWith('Er') ? 'nl' : 'en');
      expect(v.removed, t).toEqual([]);
      expect(v.fallback, t).toBeUndefined();
    }
    expect(check('A battalion of 3,000 soldiers was sent [3].').removed).toEqual([]);
  });

  it('removes a sentence whose number is not in the passage it cites', () => {
    const v = check(
      'There are 10,000 soldiers in Russia [1]. A battalion had 3,000 soldiers [3]. Rutte spoke of 12,000 soldiers [2].',
    );
    expect(v.removed.map((s) => [s.reason, s.detail])).toEqual([['unsupported-number', '12,000']]);
    expect(v.fallback).toBeUndefined();
  });

  it('checks numbers against the cited passages only, not against all of them', () => {
    const v = check(
      'Rutte mentioned 10,000 soldiers [2]. There are 10,000 soldiers in Russia [1]. Last week it was 1500 [2]. A battalion had 3,000 soldiers [3].',
    );
    expect(v.removed.map((s) => s.text)).toEqual(['Rutte mentioned 10,000 soldiers [2].']);
    // the union of the sources a sentence cites counts
    expect(check('Figures range from 1500 [2] to 10,000 [1].').removed).toEqual([]);
  });

  it('does not read citation markers or list numbers as numbers', () => {
    expect(check('1. There are 10,000 soldiers in Russia [1].\n2. Rutte warned of escalation [2].').removed).toEqual(
      [],
    );
  });
});

describe('validate: citations', () => {
  it('removes a sentence citing a passage that does not exist, even next to a valid one', () => {
    const v = check(
      'There are 10,000 soldiers in Russia [1]. A battalion had 3,000 soldiers [3]. Rutte warned of escalation [2]. Escalation is feared [2, 9].',
    );
    expect(v.removed.map((s) => [s.reason, s.detail])).toEqual([['unknown-citation', '[9]']]);
    expect(v.cited).toEqual([1, 3, 2]);
  });

  it('keeps uncited framing but removes uncited sentences with numbers, names or dates', () => {
    const v = check(
      'The sources disagree. There are 10,000 soldiers [1]. Rutte warned of escalation. In August it began [1]. About 3,000 were sent [3]. It started in August. Most agree it is serious.',
    );
    expect(v.sentences.map((s) => [s.kept, s.reason ?? ''])).toEqual([
      [true, ''],
      [true, ''],
      [false, 'uncited-fact'],
      [true, ''],
      [true, ''],
      [false, 'uncited-fact'],
      [true, ''],
    ]);
  });

  it('accepts [1, 2], [1][2] and markers the model put after the full stop', () => {
    expect(check('Figures range from 1500 to 10,000 [1, 2].').removed).toEqual([]);
    expect(check('Figures range from 1500 to 10,000 [1][2].').removed).toEqual([]);
    const v = check('There are 10,000 soldiers in Russia. [1] Rutte warned of escalation. [2]');
    expect(v.removed).toEqual([]);
    expect(v.sentences.map((s) => s.cites)).toEqual([[1], [2]]);
  });
});

describe('validate: names and dates', () => {
  it('accepts Dutch spellings of names in English answers (Putin/Poetin, NATO/NAVO, US/Amerikaanse, Kursk/Koersk)', () => {
    const v = check(
      'Putin said on Friday that the deployment was a matter for Russia [1]. The NATO chief Mark Rutte warned of escalation [2]. ' +
        'According to the US Department of Defense, 10,000 North Korean troops are in Russia [1]. In August Ukraine began an offensive in Kursk [1].',
    );
    expect(v.removed).toEqual([]);
  });

  it('removes a sentence naming someone the cited passage does not mention', () => {
    const v = check(
      'There are 10,000 soldiers in Russia [1]. A battalion had 3,000 soldiers [3]. The warning came from Jens Stoltenberg [2].',
    );
    expect(v.removed.map((s) => [s.reason, s.detail])).toEqual([['unsupported-name', 'Jens']]);
    // a real name from another passage is not enough
    expect(check('Mark Rutte said 10,000 soldiers are in Russia [1].').removed[0]?.reason).toBe('unsupported-name');
  });

  it('checks a sentence-initial word as a name when the passages use it as one', () => {
    // "Putin" opens the sentence, but the passages name Poetin: it must be in the passage cited.
    expect(check('Putin was warned about escalation [2].').removed[0]?.reason).toBe('unsupported-name');
    // An ordinary capitalised first word is not a name.
    expect(check('Escalation was feared [2].').removed).toEqual([]);
    // Known limit: a name the passages never use, only ever written first in a sentence, is not recognised.
    expect(check('Stoltenberg agreed [2].').removed).toEqual([]);
    expect(check('Rutte agreed, and so did Stoltenberg [2].').removed[0]?.detail).toBe('Stoltenberg');
  });

  it("matches names by general rules, no list: transliteration, lexicon, acronyms, the corpus's own variants", () => {
    const C = article('c', 'Jeltsin sprak in Duitsland met de Europese Unie over een rekening. Later kwam Bobby.');
    const D = article('d', 'Yeltsin spoke in Germany about the bill.', { language: 'en' });
    const kept = (text: string, sources: Source[], variants?: NameVariants) =>
      validate(text, sources, /^(?:Jeltsin|Hij)\b/.test(text) ? 'nl' : 'en', variants).removed.length === 0;
    const c = [source(1, C, C.body)];
    expect(kept('In Germany, Yeltsin spoke with the EU [1].', c)).toBe(true);
    expect(kept('Jeltsin sprak in Duitsland [1].', [source(1, D, D.body)])).toBe(true);
    expect(kept('Yeltsin spoke with the UN [1].', c)).toBe(false); // an acronym of other initials
    expect(kept('Yeltsin met France [1].', c)).toBe(false);
    // "Bill" translates to "rekening", which the passage has, but not as a name
    expect(kept('Yeltsin met Bill [1].', c)).toBe(false);
    // A spelling only the corpus knows (learnt from it, or declared in corpus/aliases.yaml) comes from CorpusStats
    const stats = CorpusStats.fromArticles([C], [{ name: 'Bobby', aliases: ['Robert'] }]);
    expect(kept('Yeltsin later met Robert [1].', c)).toBe(false);
    expect(kept('Yeltsin later met Robert [1].', c, stats)).toBe(true);
  });

  it('checks month and weekday names in either language; lower-case English "may" is no date', () => {
    expect(check('The offensive began in August [1].').removed).toEqual([]);
    expect(check('Het offensief begon in augustus [1].', 'nl').removed).toEqual([]);
    expect(check('The offensive began in September [1].').removed[0]?.reason).toBe('unsupported-date');
    expect(check('Putin spoke on Friday [1].').removed).toEqual([]);
    expect(check('Putin spoke on Sunday [1].').removed[0]?.reason).toBe('unsupported-date');
    expect(check('Troops may go to the front [1].').removed).toEqual([]);
  });

  it('lets the header the model saw (title, outlet, date) support a sentence', () => {
    expect(check('RD.nl wrote on 31 October 2024 that Rutte warned of escalation [2].').removed).toEqual([]);
    expect(check('RD.nl wrote on 30 October 2024 that Rutte warned of escalation [2].').removed[0]?.reason).toBe(
      'unsupported-number',
    );
  });
});

describe('validate: whole-answer fallback', () => {
  it('falls back when more than a third of the sentences go, not at exactly a third', () => {
    expect(
      check('There are 10,000 soldiers [1]. Rutte warned [2]. It came from Stoltenberg [2].').fallback,
    ).toBeUndefined();
    expect(check('There are 10,000 soldiers [1]. It came from Stoltenberg [2]. There are 12,000 [1].').fallback).toBe(
      'too-many-removed',
    );
  });

  it('falls back when nothing is cited or nothing is left', () => {
    expect(check('The sources do not say.').fallback).toBe('no-citations');
    expect(check('There are 12,000 soldiers [1].').fallback).toBe('empty');
    expect(check('').fallback).toBe('empty');
  });
});

describe('rebuild', () => {
  it('renumbers citations by first appearance, keeps list markers, quotes only the sentence with the figure', () => {
    const v = check(
      'The sources disagree.\n• About 3,000 were sent [3].\n• There are 10,000 in Russia [1].\n• Rutte named 12,000 [2].\n• Last week it was 1500 [2].',
    );
    expect(v.fallback).toBeUndefined();
    const { text, spans } = rebuild(v, SOURCES);
    expect(text).toBe(
      'The sources disagree.\n• About 3,000 were sent [1].\n• There are 10,000 in Russia [2].\n• Last week it was 1500 [3].',
    );
    expect(spans.map((s) => [s.n, s.source.n])).toEqual([
      [1, 3],
      [2, 1],
      [3, 2],
    ]);
    const quotes = spans.map((s) => s.source.article.body.slice(s.start, s.end));
    expect(quotes[1]).toBe(
      'Volgens het Amerikaanse ministerie van Defensie bevinden zich 10.000 Noord-Koreaanse militairen in Rusland.',
    );
    expect(quotes[2]).toBe('Vorige week waren het nog 1500 soldaten.');
  });

  it('merges two sources whose quotes come out as the same sentence', () => {
    const S4 = source(
      4,
      A,
      'Volgens het Amerikaanse ministerie van Defensie bevinden zich 10.000 Noord-Koreaanse militairen in Rusland.',
    );
    const v = validate('There are 10,000 [4]. Indeed 10,000 [1].', [...SOURCES, S4], 'en');
    const { text, spans } = rebuild(v, [...SOURCES, S4]);
    expect(text).toBe('There are 10,000 [1]. Indeed 10,000 [1].');
    expect(spans).toHaveLength(1);
  });

  it('does not split sentences at abbreviations', () => {
    expect(splitAnswer('Er zijn ca. 10.000 militairen [1]. Rutte waarschuwde [2].', 'nl').map((p) => p.text)).toEqual([
      'Er zijn ca. 10.000 militairen [1].',
      'Rutte waarschuwde [2].',
    ]);
    expect(keptTexts('Er zijn ca. 10.000 militairen in Rusland [1].', 'nl')).toHaveLength(1);
  });
});

describe('LLM config', () => {
  it('needs LLM_MODEL and, for openai, OPENAI_API_KEY: one clear ConfigError at start', async () => {
    expect(llmConfig(testConfig())).toBeUndefined();
    expect(() => llmConfig(testConfig({ LLM_PROVIDER: 'openai' }))).toThrow(ConfigError);
    expect(() => llmConfig(testConfig({ LLM_PROVIDER: 'openai' }))).toThrow(
      /LLM_MODEL: required when LLM_PROVIDER=openai[\s\S]*OPENAI_API_KEY: required/,
    );
    expect(() => llmConfig(testConfig({ LLM_PROVIDER: 'ollama' }))).toThrow(
      /LLM_MODEL: required when LLM_PROVIDER=ollama/,
    );
    expect(llmConfig(testConfig({ LLM_PROVIDER: 'ollama', LLM_MODEL: 'llama3.1' }))?.LLM_TIMEOUT_MS).toBe(2500);
    await expect(openEngine('/nonexistent-never-built', { LLM_PROVIDER: 'openai', LLM_MODEL: 'x' })).rejects.toThrow(
      /OPENAI_API_KEY/,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real engine, the real LangChain clients, fake servers on 127.0.0.1

const QUESTION = 'How many North Korean troops are in Russia?';

/** Scripted model answers that read the prompt to cite the right passage numbers. */
const say = {
  faithful(req: ReceivedRequest): string {
    const n = (t: string) => passageWith(req, t);
    return (
      `The sources disagree about the number. According to the US Department of Defense, 10,000 North Korean soldiers are in Russia [${n('10.000 Noord-Koreaanse militairen')}]. ` +
      `Earlier reports from the United States spoke of about 3,000 soldiers [${n('ongeveer 3.000 soldaten')}], and another article mentions a battalion of three thousand soldiers [${n('drieduizend')}]. ` +
      `RD.nl writes that at least 1,500 were stationed in Russia a week earlier, and now about 10,000 according to Washington [${n('1500 Noord-Koreaanse')}][${n('volgens Washington')}].`
    );
  },
  inventedNumber(req: ReceivedRequest): string {
    return `${say.faithful(req)} Russia has asked for 25,000 more soldiers [${passageWith(req, '10.000 Noord-Koreaanse militairen')}].`;
  },
  mostlyInvented(req: ReceivedRequest): string {
    return `There are 12,000 North Korean soldiers in Russia [${passageWith(req, '10.000 Noord-Koreaanse militairen')}]. Another 4,000 are on their way [${passageWith(req, 'ongeveer 3.000 soldaten')}].`;
  },
  missingCitation(req: ReceivedRequest): string {
    return `${say.faithful(req)} Other reports confirm 3,000 soldiers [42].`;
  },
  onlyMissingCitation(req: ReceivedRequest): string {
    return `According to the US Department of Defense, 10,000 North Korean soldiers are in Russia [${passageWith(req, '10.000 Noord-Koreaanse militairen')}]. Other reports give 3,000 [42].`;
  },
  dutch(req: ReceivedRequest): string {
    return (
      `De bronnen verschillen. Volgens het Amerikaanse ministerie van Defensie zijn er 10.000 Noord-Koreaanse militairen in Rusland [${passageWith(req, '10.000 Noord-Koreaanse militairen')}]. ` +
      `Eerdere berichten spraken van ongeveer 3.000 soldaten [${passageWith(req, 'ongeveer 3.000 soldaten')}].`
    );
  },
};

const reply =
  (fn: (req: ReceivedRequest) => string, extra: ScriptedReply = {}) =>
  (req: ReceivedRequest): ScriptedReply => ({ content: fn(req), chunkDelayMs: 1, ...extra });

const tmp = tempDir('bron-llm-');
let offline: Engine;
beforeAll(async () => {
  offline = await openEngine(tmp.dir); // builds the index the LLM engines below reuse
});
afterAll(tmp.cleanup);
beforeEach(resetLlmStats);

/** Answers carry quotes that are verbatim spans of their articles, and every number of the answer is in a quote. */
function expectGrounded(engine: Engine, answer: Answer) {
  expect(answer.citations.length).toBeGreaterThan(0);
  for (const c of answer.citations)
    expect(engine.snapshotInfo.articles.get(c.articleId)!.body.slice(c.start, c.end)).toBe(c.quote);
  const numbersIn = (s: string) => findNumbers(s.replace(/\[[\d,\s]+\]/g, ' ')).map((n) => n.value);
  const quoted = new Set(answer.citations.flatMap((c) => numbersIn(c.quote)));
  for (const v of numbersIn(answer.answer)) expect(quoted, `number ${v}`).toContain(v);
  const markers = [...answer.answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  expect(Math.max(...markers)).toBeLessThanOrEqual(answer.citations.length);
}

/** The fallback is the extractive answer, unchanged apart from the markers and timings. */
function expectExtractive(answer: Answer, extractive: Answer, reason: string) {
  expect(answer.generated).toBe(false);
  expect(answer.fallback).toBe(reason);
  expect(toJson(answer)).toEqual(toJson(extractive));
}

describe.each([
  {
    provider: 'openai',
    start: startFakeOpenAI,
    env: (url: string) => ({
      LLM_PROVIDER: 'openai',
      LLM_MODEL: 'fake-model',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: url,
    }),
  },
  {
    provider: 'ollama',
    start: startFakeOllama,
    env: (url: string) => ({ LLM_PROVIDER: 'ollama', LLM_MODEL: 'fake-model', OLLAMA_BASE_URL: url }),
  },
])('LLM answers through $provider', ({ start, env }) => {
  let server: FakeLlmServer;
  let engine: Engine;
  let quick: Engine; // LLM_TIMEOUT_MS=300
  let extractive: Answer;
  beforeAll(async () => {
    server = await start(reply(say.faithful));
    engine = await openEngine(tmp.dir, env(server.url));
    quick = await openEngine(tmp.dir, { ...env(server.url), LLM_TIMEOUT_MS: '300' });
    extractive = await offline.ask(QUESTION);
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('shows a faithful answer: generated, its numbers in the cited quotes, the ask --json contract kept', async () => {
    server.script = reply(say.faithful);
    const a = await engine.ask(QUESTION);
    expect(a.generated).toBe(true);
    expect(a.fallback).toBeUndefined();
    expect(a.grounded).toBe(true);
    expect(a.answer).toMatch(
      /^The sources disagree about the number\. According to the US Department of Defense, 10,000 North Korean soldiers are in Russia \[1\]\./,
    );
    expect(a.figures).toBeUndefined();
    expectGrounded(engine, a);
    expect(a.citations.map((c) => c.quote)).toContain(
      'Daarna heeft hij een bataljon met drieduizend soldaten gezonden.',
    );
    expect(Object.keys(toJson(a)).sort()).toEqual(['answer', 'citations', 'grounded']);
    expect(llmStats).toMatchObject({ requests: 1, generated: 1, fallbacks: 0 });
  });

  it('sends the numbered passages with title, outlet and date, and the instructions to cite [n] and state disagreements', async () => {
    server.script = reply(say.faithful);
    await engine.ask(QUESTION);
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.body.model).toBe('fake-model');
    const system = req.body.messages!.find((m) => m.role === 'system')!.content;
    expect(system).toContain('as [n]');
    expect(system).toMatch(/sources disagree[^\n]*state the disagreement/);
    expect(system).toContain('in English');
    const user = userPrompt(req);
    expect(user).toContain(`Question: ${QUESTION}`);
    expect(user).toMatch(/\n\[1\] "[^"\n]+" — [^\n]+, (?:\d+ )?Oct 2024\n/);
    // Figures of the same month follow no fixed order: each passage is found by its number, whatever it is.
    const nos =
      /\[(\d)\] "NAVO-baas Rutte: Noord-Koreaanse troepen in Russische grensregio Koersk" — NOS Nieuws, Oct 2024\nVolgens het Amerikaanse ministerie van Defensie bevinden zich op dit moment 10\.000 Noord-Koreaanse militairen in Rusland\./.exec(
        user,
      );
    expect(nos, user).not.toBeNull();
    const other = /\[(\d)\] "[^"\n]+" — [^\n]+\n[^\n]*ongeveer 3\.000 soldaten/.exec(user);
    expect(other, user).not.toBeNull();
    // Each figure with what it counts, as the article writes it, cited by its passage's number.
    const disagree = /The sources disagree: they give these figures: [^\n]*/.exec(user)?.[0] ?? '';
    expect(disagree).toContain(`3.000 soldaten [${other![1]}]`);
    expect(disagree).toMatch(new RegExp(`10\\.000 [^,[]*militairen \\[${nos![1]}\\]`));
  });

  it('answers in Dutch for a Dutch question', async () => {
    server.script = reply(say.dutch);
    const a = await engine.ask('Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?');
    expect(server.requests[0]!.body.messages!.find((m) => m.role === 'system')!.content).toContain(
      'in Dutch (Nederlands)',
    );
    expect(a.language).toBe('nl');
    expect(a.generated).toBe(true);
    expect(a.answer).toContain('10.000 Noord-Koreaanse militairen in Rusland [1]');
    expectGrounded(engine, a);
  });

  it('removes a sentence with an invented number, or falls back when most of the answer is invented', async () => {
    server.script = reply(say.inventedNumber);
    const a = await engine.ask(QUESTION);
    expect(a.generated).toBe(true);
    expect(a.answer).not.toContain('25,000');
    expect(a.answer).toContain('10,000');
    expectGrounded(engine, a);
    expect(llmStats.removedSentences).toBe(1);

    server.script = reply(say.mostlyInvented);
    expectExtractive(await engine.ask(QUESTION), extractive, 'empty');
    expect(llmStats.byReason).toEqual({ empty: 1 });
  });

  it('catches a citation of a passage that does not exist', async () => {
    server.script = reply(say.missingCitation);
    const a = await engine.ask(QUESTION);
    expect(a.generated).toBe(true);
    expect(a.answer).not.toContain('[42]');
    expect(a.answer).not.toContain('Other reports confirm');
    expectGrounded(engine, a);

    server.script = reply(say.onlyMissingCitation);
    expectExtractive(await engine.ask(QUESTION), extractive, 'too-many-removed');
  });

  it('falls back to the extractive answer when the model misses LLM_TIMEOUT_MS', async () => {
    server.script = reply(say.faithful, { delayMs: 3000 });
    const t0 = performance.now();
    const a = await quick.ask(QUESTION);
    expect(performance.now() - t0).toBeLessThan(1500);
    expectExtractive(a, extractive, 'timeout');
    expect(llmStats).toMatchObject({ requests: 1, generated: 0, fallbacks: 1, byReason: { timeout: 1 } });
  });

  it('falls back on a server error, without retrying', async () => {
    server.script = () => ({ status: 500 });
    expectExtractive(await engine.ask(QUESTION), extractive, 'error');
    expect(server.requests).toHaveLength(1);
    expect(llmStats.byReason).toEqual({ error: 1 });
  });

  it('does not ask the model when the articles do not cover the question', async () => {
    const a = await engine.ask('What is the capital of Australia?');
    expect(a.grounded).toBe(false);
    expect(a.generated).toBeUndefined();
    expect(server.requests).toHaveLength(0);
    expect(llmStats.skipped).toBe(1);
  });

  it('streams validated drafts at a bounded rate, then the validated final answer', async () => {
    server.script = reply(say.inventedNumber, { chunkDelayMs: 2 });
    const events: StreamEvent[] = [];
    for await (const e of streamAnswer(engine, QUESTION, { partialIntervalMs: 0 })) events.push(e);
    expect(server.requests[0]!.body.stream).toBe(true);
    const partials = events.filter((e) => e.type === 'partial');
    const final = events.at(-1)!;
    expect(final.type).toBe('final');
    if (final.type !== 'final') return;
    expect(final.answer.generated).toBe(true);
    expectGrounded(engine, final.answer);
    expect(partials.length).toBeGreaterThanOrEqual(2);
    for (const p of partials) {
      expect(p.text).not.toContain('25,000'); // a draft never shows an unsupported sentence
      expect(final.answer.answer.startsWith(p.text)).toBe(true);
    }
    // bounded: with a long interval at most the first draft gets through before the answer is complete
    server.script = reply(say.faithful, { chunkDelayMs: 2 });
    let drafts = 0;
    for await (const e of streamAnswer(engine, QUESTION, { partialIntervalMs: 60_000 }))
      if (e.type === 'partial') drafts++;
    expect(drafts).toBeLessThanOrEqual(1);
  });

  it('streaming: a model that does not start within LLM_TIMEOUT_MS gives only the extractive final', async () => {
    server.script = reply(say.faithful, { delayMs: 3000 });
    const events: StreamEvent[] = [];
    for await (const e of streamAnswer(quick, QUESTION)) events.push(e);
    expect(events).toHaveLength(1);
    const final = events[0]!;
    expect(final.type === 'final' && final.answer.fallback).toBe('timeout');
  });
});

describe('extractive only (LLM_PROVIDER=none)', () => {
  it('returns the extractive answer untouched, with no LLM fields, and streams only a final event', async () => {
    const a = await offline.ask(QUESTION);
    expect('generated' in a).toBe(false);
    expect('fallback' in a).toBe(false);
    expect(a.answer).toMatch(/^The sources give different figures/);
    const events: StreamEvent[] = [];
    for await (const e of streamAnswer(offline, QUESTION)) events.push(e);
    expect(events.map((e) => e.type)).toEqual(['final']);
  });
});

describe('npm run ask with LLM_PROVIDER=openai', () => {
  const run = promisify(execFile);
  async function ask(args: string[], env: Record<string, string>) {
    try {
      const { stdout, stderr } = await run('node', [...nodeArgs('src/cli/ask.ts'), ...args], {
        env: {
          ...process.env,
          EMBEDDINGS: 'local',
          INDEX_DIR: tmp.dir,
          LOG_LEVEL: 'warn',
          LLM_TIMEOUT_MS: '10000',
          ...env,
        },
        timeout: 30_000,
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('--json prints the generated answer with the unchanged contract; a missing key is a config error', async () => {
    const server = await startFakeOpenAI(reply(say.faithful));
    try {
      const [ok, bad] = await Promise.all([
        ask(['--json', QUESTION], {
          LLM_PROVIDER: 'openai',
          LLM_MODEL: 'fake-model',
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: server.url,
        }),
        ask(['--json', QUESTION], { LLM_PROVIDER: 'openai', LLM_MODEL: 'fake-model', OPENAI_API_KEY: '' }),
      ]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ok.stdout.trim().split('\n')).toHaveLength(1);
      const json = JSON.parse(ok.stdout) as { answer: string; grounded: boolean; citations: Record<string, unknown>[] };
      expect(Object.keys(json).sort()).toEqual(['answer', 'citations', 'grounded']);
      expect(json.answer).toMatch(
        /^The sources disagree about the number\. .*10,000 North Korean soldiers are in Russia \[1\]/,
      );
      expect(json.grounded).toBe(true);
      expect(json.citations).toHaveLength(5);
      for (const c of json.citations)
        expect(Object.keys(c).sort()).toEqual(['file', 'quote', 'score', 'source', 'title']);
      expect(json.citations[0]!.quote).toBe(
        'Volgens het Amerikaanse ministerie van Defensie bevinden zich op dit moment 10.000 Noord-Koreaanse militairen in Rusland.',
      );
      expect(server.requests).toHaveLength(1);

      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('OPENAI_API_KEY: required when LLM_PROVIDER=openai');
      expect(bad.stderr).not.toContain('    at ');
    } finally {
      await server.close();
    }
  });
});
