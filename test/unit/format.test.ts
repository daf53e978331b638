import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../../src/answer/types.js';
import { formatAnswer } from '../../src/discord/formatters/answer.js';
import { feedbackRow, parseFeedbackId } from '../../src/discord/formatters/buttons.js';
import { formatHelp } from '../../src/discord/formatters/help.js';
import { formatReindex } from '../../src/discord/formatters/reindex.js';
import { formatSources } from '../../src/discord/formatters/sources.js';
import {
  clip,
  embedProblems,
  embedSize,
  escapeText,
  LIMITS,
  quoteText,
  splitMessage,
  threadName,
} from '../../src/discord/formatters/text.js';

const balanced = (s: string) => s.split('“').length === s.split('”').length;

function citation(n: number, quote: string, extra: Partial<Citation> = {}): Citation {
  return {
    n,
    articleId: `a${n}`,
    title: `Title ${n}`,
    source: 'NOS Nieuws, Oct 2024',
    outlet: 'NOS Nieuws',
    date: '2024-10',
    language: 'nl',
    file: `corpus/00${n}.md`,
    quote,
    start: 0,
    end: quote.length,
    score: 1 - n / 100,
    ...extra,
  };
}

function answer(citations: Citation[], text = 'The sources say [1].'): Answer {
  return {
    question: 'q',
    language: 'en',
    answer: text,
    grounded: citations.length > 0,
    citations,
    confidence: 1,
    timings: { retrieveMs: 1, composeMs: 1 },
  };
}

describe('escaping user text', () => {
  it('escapes Markdown and breaks every kind of mention', () => {
    const out = escapeText(
      '@everyone @here <@123> <@!456> <@&789> **bold** _it_ `code` # head\n1. list [x](http://e.vil)',
    );
    expect(out).not.toMatch(/@everyone|@here|<@\d|<@!|<@&/);
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\_it\\_');
    expect(out).toContain('\\`code\\`');
    expect(out).toContain('\\[x\\](http'); // a masked link no longer renders as one: both brackets escaped
  });

  it('thread names have no mentions, one line, at most 100 characters', () => {
    const name = threadName(`@everyone ${'why '.repeat(60)}\n?`);
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name).not.toContain('@everyone');
    expect(name).not.toContain('\n');
  });
});

describe('clip', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const c = clip('one two three four five six seven', 20);
    expect(c.length).toBeLessThanOrEqual(20);
    expect(c).toMatch(/^one two three( four)?…$/);
  });

  it('closes a quotation it cuts through and never ends on an escaping backslash', () => {
    const c = clip('He said “this is a very long quotation that goes on and on and on”', 30);
    expect(c.length).toBeLessThanOrEqual(30);
    expect(balanced(c)).toBe(true);
    expect(c.endsWith('…”')).toBe(true);
    const b = clip('aaaa\\*bbbbbbbbbbbbbbbbbbbbbbbbbbbb', 7);
    expect(b).not.toMatch(/\\…/);
  });

  it('never splits a surrogate pair', () => {
    const c = clip('😀'.repeat(50), 11);
    expect(c.length).toBeLessThanOrEqual(11);
    expect(c.toWellFormed()).toBe(c);
  });

  it('property: any text clipped to any size fits, keeps its quotes balanced and is well formed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '“', '”', '\\', '😀', 'é', '*'), maxLength: 400 }),
        fc.integer({ min: 2, max: 300 }),
        (s, max) => {
          const c = clip(s, max);
          expect(c.length).toBeLessThanOrEqual(max);
          if (!s.includes('”')) expect(balanced(c) || c === s).toBe(true);
          expect(c.toWellFormed()).toBe(c);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('closes every quotation the cut leaves open (found by the property: "““aaa" clipped to 4)', () => {
    expect(clip('““aaa', 4)).toBe('“…”');
    expect(clip('““aaa bbb ccc', 8)).toBe('““aaa…””');
  });
});

describe('quoteText', () => {
  it('wraps a quote in marks and keeps the closing mark when shortened', () => {
    expect(quoteText('Tien.', 100)).toBe('“Tien.”');
    const q = quoteText('woord '.repeat(400), 200);
    expect(q.length).toBeLessThanOrEqual(200);
    expect(q.startsWith('“')).toBe(true);
    expect(q.endsWith('…”')).toBe(true);
  });

  it('does not put its marks around a quote that is a quotation of its own, unless it must shorten it', () => {
    expect(quoteText('“Dit is onze zaak.”', 100)).toBe('“Dit is onze zaak.”');
    const long = quoteText(`“${'woord '.repeat(400)}”`, 200);
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.startsWith('““') && long.endsWith('…””')).toBe(true);
  });
});

describe('splitMessage', () => {
  it('splits at line breaks within 2000 characters and keeps everything', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const parts = splitMessage(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(LIMITS.content);
    expect(parts.join('\n').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(parts[1]!.startsWith('line ')).toBe(true);
  });

  it('closes a quotation at a split and reopens it in the next part', () => {
    const text = `Intro. “${'woord '.repeat(500)}” end.`;
    const parts = splitMessage(text, 500);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(500);
      expect(balanced(p)).toBe(true);
    }
    expect(parts[1]!.startsWith('“')).toBe(true);
  });

  it('property: parts fit and no characters other than whitespace and quote marks are lost', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '“', '”', '😀'), maxLength: 2000 }),
        fc.integer({ min: 8, max: 300 }),
        (s, max) => {
          const parts = splitMessage(s, max);
          for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
          const strip = (x: string) => x.replace(/[\s“”]/g, '');
          expect(strip(parts.join(''))).toBe(strip(s));
        },
      ),
    );
  });
});

/** The citation numbers a field shows, "[1]" or "[2, 5]" after each quote. */
const numbersIn = (value: string) =>
  [...value.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number));

describe('formatAnswer', () => {
  it('shows the answer first, then each article once with its quotes and a compact source line', () => {
    const e = formatAnswer(
      answer([
        citation(1, 'Een zin.', { url: 'https://example.com/a_(b)' }),
        citation(2, 'Nog een.'),
        citation(3, 'Derde zin.', { articleId: 'a1', title: 'Title 1', url: 'https://example.com/a_(b)' }),
      ]),
      { question: 'How many?', answerId: 'abc' },
    );
    expect(e.title).toBe('How many?');
    expect(e.description).toMatch(/^The sources say \\\[1\\\]\./); // escaped brackets: shown as [1]
    expect(e.fields!.map((f) => f.name)).toEqual(['Title 1', 'Title 2']);
    expect(e.fields![0]!.value).toBe(
      '“Een zin.” [1]\n“Derde zin.” [3]\n-# NOS Nieuws · Oct 2024 · [link](https://example.com/a_%28b%29)',
    );
    expect(e.footer!.text).toBe('Quotes are verbatim from the articles · id abc');
    expect(embedProblems(e)).toEqual([]);
  });

  it('shows a quote cited twice once, with both numbers', () => {
    const e = formatAnswer(answer([citation(1, 'Zelfde zin.'), citation(2, 'Zelfde zin.', { articleId: 'a1' })]));
    expect(e.fields).toHaveLength(1);
    expect(e.fields![0]!.value.split('Zelfde zin.')).toHaveLength(2);
    expect(numbersIn(e.fields![0]!.value)).toEqual([1, 2]);
  });

  it('leaves out claim lines that only repeat a quote, and headings left without a claim', () => {
    const text = 'From the articles:\n• “Een zin.” — NOS Nieuws, Oct 2024 [1]\nAlso:\n• “Nog een.” — NOS [2]';
    const e = formatAnswer(answer([citation(1, 'Een zin.'), citation(2, 'Nog een.')], text));
    expect(e.description).toBe('From the articles:\n\n*The quotes are in Dutch, the language of the articles.*');
    const kept = formatAnswer(answer([citation(1, 'Een zin.')], 'Answer:\nThey sent troops [1].'));
    expect(kept.description).toMatch(/^Answer:\nThey sent troops \\\[1\\\]\./);
  });

  it('draws differing figures from `figures`, with who reports them, in the asker language', () => {
    const a = answer(
      [citation(1, 'Ongeveer 3.000 soldaten.'), citation(2, 'Drieduizend man.')],
      'Figures differ:\n• x [1]',
    );
    a.figures = [
      { value: 3000, text: '3.000', attribution: 'de VS', citation: 1 },
      { value: 3000, text: 'drieduizend', citation: 2 },
    ];
    const en = formatAnswer(a).description!;
    expect(en).toContain('• **3.000** — according to “de VS” [1]');
    expect(en).toContain('• **drieduizend** (3,000) — no source named [2]');
    expect(en).not.toContain('• x');
    const nl = formatAnswer({ ...a, language: 'nl' }).description!;
    expect(nl).toContain('• **3.000** — volgens “de VS” [1]');
    expect(nl).toContain('• **drieduizend** (3.000) — geen bron genoemd [2]');
  });

  it('shows a figure with its qualifier, currency sign and noun, as the article writes them', () => {
    const a = answer([citation(1, 'Het kost $4.2 billion.'), citation(2, 'Er kwamen drieduizend fans.')], 'x\n• x [1]');
    a.figures = [
      { value: 4.2e9, text: '4.2 billion', sign: '$', approx: 'about', citation: 1 },
      { value: 3000, text: 'drieduizend', noun: 'fans', citation: 2 },
    ];
    const en = formatAnswer(a).description!;
    expect(en).toContain('• **about $4.2 billion** — no source named [1]');
    expect(en).toContain('• **drieduizend fans** (3,000) — no source named [2]');
  });

  it('lists figures that do not say what the question asks happened apart, under their own heading', () => {
    const a = answer(
      [citation(1, '3.000 soldaten gestuurd.'), citation(2, '1500 soldaten gestationeerd.')],
      'x\n• x [1]',
    );
    a.figures = [
      { value: 3000, text: '3.000', citation: 1 },
      { value: 1500, text: '1500', citation: 2, related: true },
    ];
    const lines = formatAnswer(a).description!.split('\n');
    const heading = lines.indexOf('The articles also give these figures for them, without saying that:');
    expect(heading).toBeGreaterThan(lines.findIndex((l) => l.startsWith('• **3.000**')));
    expect(heading).toBeLessThan(lines.findIndex((l) => l.startsWith('• **1500**')));
  });

  it('puts the figure a question checks first, under its own heading, or says no article gives it', () => {
    const a = answer(
      [citation(1, 'Ongeveer 3.000 soldaten.'), citation(2, 'Zo’n 10.000 soldaten.')],
      'Figures:\n• x [1]',
    );
    a.figures = [
      { value: 10000, text: '10.000', citation: 2, asked: true },
      { value: 3000, text: '3.000', citation: 1, asked: false },
    ];
    const lines = formatAnswer(a).description!.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    expect(at('The figure asked about is given here:')).toBeLessThan(at('• **10.000**'));
    expect(at('• **10.000**')).toBeLessThan(at('Other figures:'));
    expect(at('Other figures:')).toBeLessThan(at('• **3.000**'));
    a.figures = a.figures.map((f) => ({ ...f, asked: false }));
    const none = formatAnswer({ ...a, language: 'nl' }).description!;
    expect(none).toContain('Geen artikel noemt het gevraagde aantal. Ze noemen:\n• **10.000**');
    expect(none).not.toContain('Andere aantallen');
  });

  it('says in one line that the quotes are in another language, only when they are', () => {
    const en = formatAnswer(answer([citation(1, 'Een zin.')]));
    expect(en.description).toContain('The quotes are in Dutch');
    const nl = formatAnswer({ ...answer([citation(1, 'Een zin.')]), language: 'nl' });
    expect(nl.description).not.toMatch(/citaten zijn in/i);
    const mixed = formatAnswer({ ...answer([citation(1, 'A sentence.', { language: 'en' })]), language: 'nl' });
    expect(mixed.description).toContain('De citaten zijn in het Engels');
  });

  it('a Dutch answer: Dutch footer, dates and buttons', () => {
    const a = { ...answer([citation(1, 'Een zin.', { date: '2024-10-31' })]), language: 'nl' as const };
    const e = formatAnswer(a, { answerId: 'x' });
    expect(e.footer!.text).toBe('Citaten zijn letterlijk uit de artikelen · id x');
    expect(e.fields![0]!.value).toContain('-# NOS Nieuws · 31 okt 2024');
    const labels = feedbackRow('x', 'nl').components.map((c) => ('label' in c ? c.label : ''));
    expect(labels).toEqual(['Nuttig', 'Niet nuttig']);
    expect(feedbackRow('x', 'en').components.map((c) => ('label' in c ? c.label : ''))).toEqual([
      'Helpful',
      'Not helpful',
    ]);
  });

  it("names the article's author before its outlet, when it has one", () => {
    const e = formatAnswer(answer([citation(1, 'Een zin.', { author: 'Maren Oskarsdottir' })]));
    expect(e.fields![0]!.value).toContain('-# Maren Oskarsdottir · NOS Nieuws · Oct 2024');
  });

  it('an unknown outlet reads as such in the asker language', () => {
    const e = formatAnswer(answer([citation(1, 'Een zin.', { outlet: 'unknown' })]));
    expect(e.fields![0]!.value).toContain('-# outlet unknown · Oct 2024');
    const nl = formatAnswer({ ...answer([citation(1, 'Een zin.', { outlet: 'Unknown outlet' })]), language: 'nl' });
    expect(nl.fields![0]!.value).toContain('-# medium onbekend · okt 2024');
  });

  it('puts a marked translation under the verbatim quote, never instead of it', () => {
    const e = formatAnswer(answer([citation(1, 'Een zin.')]), {
      translations: new Map([[1, 'A sentence.']]),
    });
    expect(e.fields![0]!.value).toBe(
      '“Een zin.” [1]\n↳ *Translation (machine):* A sentence.\n-# NOS Nieuws · Oct 2024',
    );
  });

  it('escapes the echoed question: no @everyone, no Markdown', () => {
    const e = formatAnswer(answer([]), { question: '@everyone **how many** <@123>?' });
    expect(e.title).not.toContain('@everyone');
    expect(e.title).not.toContain('<@1');
    expect(e.title).toContain('\\*\\*how many\\*\\*');
  });

  it('drops the lowest-scored quotes (not the first ones) and says how many are missing', () => {
    const cites = Array.from({ length: 40 }, (_, i) =>
      citation(i + 1, `${'Zin '.repeat(60)}${i}.`, { score: i === 39 ? 0.99 : 0.5 - i / 100 }),
    );
    const e = formatAnswer(answer(cites));
    expect(embedProblems(e)).toEqual([]);
    expect(embedSize(e)).toBeLessThanOrEqual(LIMITS.total);
    const shown = e.fields!.flatMap((f) => numbersIn(f.value));
    expect(shown).toEqual([...shown].sort((a, b) => a - b)); // still in the answer's order
    expect(shown).toContain(40); // high score, late number: kept
    expect(shown).toContain(1);
    expect(e.footer!.text).toMatch(new RegExp(`^…and ${40 - shown.length} more sources`));
    for (const f of e.fields!) expect(balanced(f.value)).toBe(true);
  });

  it('continues the quotes of one article in a second field when they do not fit one', () => {
    const cites = Array.from({ length: 4 }, (_, i) => citation(i + 1, `${'Zin '.repeat(80)}${i}.`, { articleId: 'a' }));
    const e = formatAnswer(answer(cites));
    expect(embedProblems(e)).toEqual([]);
    expect(e.fields!.map((f) => f.name)).toEqual(['Title 1', 'Title 1 (2)']);
    expect(e.fields!.flatMap((f) => numbersIn(f.value))).toEqual([1, 2, 3, 4]);
    expect(e.fields!.at(-1)!.value).toMatch(/\n-# NOS Nieuws · Oct 2024$/);
  });

  it('shortens a single huge quote to fit a field, keeping its closing mark', () => {
    const e = formatAnswer(answer([citation(1, `${'lang '.repeat(600)}einde.`)]));
    expect(embedProblems(e)).toEqual([]);
    const v = e.fields![0]!.value;
    expect(v.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(v).toMatch(/^“lang .*…” \[1\]\n-# NOS/s);
  });

  it('trims a huge answer text and a huge question within the embed limits', () => {
    const e = formatAnswer(answer([citation(1, 'x.')], `${'word '.repeat(2000)}`), { question: 'q '.repeat(300) });
    expect(embedProblems(e)).toEqual([]);
    expect(e.description!.endsWith('…')).toBe(true);
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('property: any answer stays within every limit', () => {
    const cite = fc.record({
      // No "[" in quotes, so the numbers after each quote can be read back.
      quote: fc.string({ minLength: 1, maxLength: 1500 }).map((q) => q.replace(/\[/g, '(')),
      title: fc.string({ minLength: 1, maxLength: 400 }),
      article: fc.integer({ min: 0, max: 5 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      translation: fc.option(fc.string({ minLength: 1, maxLength: 1500 }).map((t) => t.replace(/\[/g, '('))),
    });
    fc.assert(
      fc.property(
        fc.array(cite, { maxLength: 40 }),
        fc.string({ maxLength: 5000 }),
        fc.string({ maxLength: 500 }),
        fc.constantFrom('en' as const, 'nl' as const),
        (cs, text, q, language) => {
          const translations = new Map(cs.flatMap((c, i) => (c.translation ? [[i + 1, c.translation] as const] : [])));
          const e = formatAnswer(
            {
              ...answer(
                cs.map((c, i) =>
                  citation(i + 1, c.quote, { title: c.title, score: c.score, articleId: `a${c.article}` }),
                ),
                text,
              ),
              language,
            },
            { question: q || undefined, answerId: 'id1', translations, topics: cs.map((c) => c.title) },
          );
          expect(embedProblems(e)).toEqual([]);
          // Every quote that is shown is shown once.
          const values = (e.fields ?? []).map((f) => f.value).join('\n');
          const numbers = numbersIn(values);
          expect(new Set(numbers).size).toBe(numbers.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a refusal says what the articles cover and how to ask, without the "verbatim" footer', () => {
    const e = formatAnswer(answer([], "The articles don't cover this."), {
      answerId: 'r1',
      topics: ['Rutte over Koersk', 'Poetin: onze zaak'],
    });
    expect(e.description).toContain("don't cover");
    expect(e.color).toBe(0x808080);
    expect(e.fields).toHaveLength(1);
    expect(e.fields![0]!.name).toBe('What the articles cover');
    expect(e.fields![0]!.value).toMatch(/^• Rutte over Koersk\n• Poetin: onze zaak\n\nAsk about one of these/);
    expect(e.footer!.text).toBe('id r1');
    const nl = formatAnswer({ ...answer([], 'Niet gedekt.'), language: 'nl' }, { topics: ['Rutte over Koersk'] });
    expect(nl.fields![0]!.name).toBe('Waar de artikelen over gaan');
    expect(nl.footer).toBeUndefined();
  });
});

describe('other embeds', () => {
  it('feedback buttons carry the answer id and parse back', () => {
    const row = feedbackRow('Ab_9-x');
    const ids = row.components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['bron:fb:up:Ab_9-x', 'bron:fb:down:Ab_9-x']);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(parseFeedbackId(ids[1]!)).toEqual({ vote: 'down', answerId: 'Ab_9-x' });
    expect(parseFeedbackId('bron:fb:maybe:x')).toBeUndefined();
  });

  it('/sources shows 25 articles a page, with Previous/Next buttons that carry the page', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({
      article: {
        id: `art-${i}`,
        title: `A rather long article title number ${i} `.repeat(6),
        outlet: 'Outlet',
        date: '2024-10',
        language: 'nl',
        file: `corpus/${i}.md`,
        body: '',
        hash: '',
        url: 'https://example.com/a',
      },
      passages: 3,
    }));
    const first = formatSources(items, { buttonPrefix: 'bron:sources:page:' });
    expect(embedProblems(first.embed)).toEqual([]);
    expect(first.embed.description!.match(/`art-\d+`/g)).toHaveLength(25);
    expect(first.embed.footer!.text).toMatch(/^Page 1\/3/);
    const ids = first.components[0]!.components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['bron:sources:page:0', 'bron:sources:page:2']);
    expect(first.components[0]!.components.map((c) => ('disabled' in c ? c.disabled : ''))).toEqual([true, false]);
    const last = formatSources(items, { page: 9, lang: 'nl', buttonPrefix: 'p:' });
    expect(last.page).toBe(3);
    expect(last.embed.description!.match(/`art-\d+`/g)).toEqual([
      '`art-50`',
      ...Array.from({ length: 9 }, (_, i) => `\`art-${51 + i}\``),
    ]);
    expect(last.embed.footer!.text).toMatch(/^Pagina 3\/3/);
    expect(formatSources(items.slice(0, 3)).components).toEqual([]);
  });

  it('/help and /reindex stay within limits with many articles and errors', () => {
    const articles = Array.from({ length: 300 }, (_, i) => ({
      title: `Title ${i}`,
      outlet: `Outlet ${i % 7}`,
      date: '2024-10',
      language: 'nl',
    }));
    expect(
      embedProblems(
        formatHelp({ articles, commands: [{ name: 'ask', description: 'Ask' }], replyMode: 'reply', lang: 'nl' }),
      ),
    ).toEqual([]);
    const r = formatReindex({
      mode: 'full',
      embedded: articles.map((_, i) => `id-${i}`),
      removed: [],
      passages: 9,
      rejected: articles.map((_, i) => ({ file: `f${i}.md`, message: 'bad date' })),
      ms: 1200,
    });
    expect(embedProblems(r)).toEqual([]);
  });
});
