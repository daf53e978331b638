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
    expect(out).toContain('\\[x](http'); // a masked link no longer renders as one
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

describe('formatAnswer', () => {
  it('shows the answer, then numbered sources with quote, title, outlet and date and link', () => {
    const e = formatAnswer(
      answer([citation(1, 'Een zin.', { url: 'https://example.com/a_(b)' }), citation(2, 'Nog een.')]),
      { question: 'How many?', answerId: 'abc' },
    );
    expect(e.title).toBe('How many?');
    expect(e.description).toBe('The sources say [1].');
    expect(e.fields).toHaveLength(2);
    expect(e.fields![0]!.name).toBe('[1] Title 1');
    expect(e.fields![0]!.value).toBe('“Een zin.”\n— NOS Nieuws, Oct 2024 · [link](https://example.com/a_%28b%29)');
    expect(e.footer!.text).toContain('id abc');
    expect(embedProblems(e)).toEqual([]);
  });

  it('escapes the echoed question: no @everyone, no Markdown', () => {
    const e = formatAnswer(answer([]), { question: '@everyone **how many** <@123>?' });
    expect(e.title).not.toContain('@everyone');
    expect(e.title).not.toContain('<@1');
    expect(e.title).toContain('\\*\\*how many\\*\\*');
  });

  it('drops the lowest-scored sources (not the first ones) and says how many are missing', () => {
    const cites = Array.from({ length: 40 }, (_, i) =>
      citation(i + 1, `${'Zin '.repeat(60)}${i}.`, { score: i === 39 ? 0.99 : 0.5 - i / 100 }),
    );
    const e = formatAnswer(answer(cites));
    expect(embedProblems(e)).toEqual([]);
    expect(embedSize(e)).toBeLessThanOrEqual(LIMITS.total);
    const shown = e.fields!.map((f) => Number(/^\[(\d+)\]/.exec(f.name)![1]));
    expect(shown).toEqual([...shown].sort((a, b) => a - b)); // still in the answer's order
    expect(shown).toContain(40); // high score, late number: kept
    expect(shown).toContain(1);
    expect(e.footer!.text).toMatch(new RegExp(`^…and ${40 - shown.length} more sources`));
    for (const f of e.fields!) expect(balanced(f.value)).toBe(true);
  });

  it('shortens a single huge quote to fit a field, keeping its closing mark', () => {
    const e = formatAnswer(answer([citation(1, `${'lang '.repeat(600)}einde.`)]));
    expect(embedProblems(e)).toEqual([]);
    const v = e.fields![0]!.value;
    expect(v.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(v).toMatch(/^“lang .*…”\n— NOS/s);
  });

  it('trims a huge answer text and a huge question within the embed limits', () => {
    const e = formatAnswer(answer([citation(1, 'x.')], `${'word '.repeat(2000)}`), { question: 'q '.repeat(300) });
    expect(embedProblems(e)).toEqual([]);
    expect(e.description!.endsWith('…')).toBe(true);
    expect(e.title!.length).toBeLessThanOrEqual(LIMITS.title);
  });

  it('property: any answer stays within every limit', () => {
    const cite = fc.record({
      quote: fc.string({ minLength: 1, maxLength: 1500 }),
      title: fc.string({ minLength: 1, maxLength: 400 }),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(cite, { maxLength: 40 }),
        fc.string({ maxLength: 5000 }),
        fc.string({ maxLength: 500 }),
        (cs, text, q) => {
          const e = formatAnswer(
            answer(
              cs.map((c, i) => citation(i + 1, c.quote, { title: c.title, score: c.score })),
              text,
            ),
            { question: q || undefined, answerId: 'id1' },
          );
          expect(embedProblems(e)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refusals have no fields and a neutral colour', () => {
    const e = formatAnswer(answer([], "The articles don't cover this."));
    expect(e.fields).toBeUndefined();
    expect(e.description).toContain("don't cover");
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

  it('/sources trims a long corpus with "…and N more articles"', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      article: {
        id: `art-${i}`,
        title: `A rather long article title number ${i}`,
        outlet: 'Outlet',
        date: '2024-10',
        language: 'nl',
        file: `corpus/${i}.md`,
        body: '',
        hash: '',
      },
      passages: 3,
    }));
    const e = formatSources(items);
    expect(embedProblems(e)).toEqual([]);
    expect(e.description).toMatch(/…and \d+ more articles/);
  });

  it('/help and /reindex stay within limits with many articles and errors', () => {
    const articles = Array.from({ length: 300 }, (_, i) => ({
      title: `Title ${i}`,
      outlet: `Outlet ${i % 7}`,
      date: '2024-10',
      language: 'nl',
    }));
    expect(
      embedProblems(formatHelp({ articles, commands: [{ name: 'ask', description: 'Ask' }], replyMode: 'reply' })),
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
