import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { escapeUntrusted } from '../../src/discord/formatters/escape.js';
import { escapeInline, escapeText, quoteText } from '../../src/discord/formatters/text.js';
import { type Source, validate } from '../../src/generate/validate.js';

/**
 * Where Discord would render a masked link `[label](url)`: an unescaped `[`, then an unescaped `]` right before `(`.
 * A backslash escapes the character after it (so `\\[` is a literal backslash and a live `[`).
 */
function liveMaskedLinks(text: string): string[] {
  const found: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++; // the next character is literal
      continue;
    }
    if (c === '[') open = i;
    else if (c === ']' && open >= 0 && text[i + 1] === '(' && text.indexOf(')', i) > i) found.push(text.slice(open));
  }
  return found;
}

const unescaped = (text: string) => text.replace(/\\([\s\S])/g, '$1');

describe('masked links in text Bron did not write (#17.6)', () => {
  it('`[1] [x](https://evil)` is no link after escaping (discord.js escaped only the first [ of the line)', () => {
    for (const text of ['[1] [x](https://evil.example)', '\\[x\\](https://evil.example)', '[a]\n[b](http://x.y)']) {
      if (!text.startsWith('\\')) expect(liveMaskedLinks(text).length, text).toBeGreaterThan(0);
      for (const escaped of [escapeUntrusted(text), escapeText(text), escapeInline(text)])
        expect(liveMaskedLinks(escaped), escaped).toEqual([]);
    }
    expect(liveMaskedLinks(quoteText('Zie [hier](https://evil.example) [1].', 500))).toEqual([]);
  });

  it('property: any text of brackets, parentheses, backslashes and URLs stays link-free and shows as typed', () => {
    const unit = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '\\',
      'http://e.x',
      'a',
      ' ',
      '\n',
      '*',
      '_',
      '#',
      '-',
      '1.',
      '`',
      '[1] ',
      '[x](http://e.x)',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        for (const escaped of [escapeText(text), escapeInline(text)]) {
          expect(liveMaskedLinks(escaped)).toEqual([]);
          expect(unescaped(escaped)).toBe(text);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

function article(id: string, body: string, url?: string): Article {
  return {
    id,
    title: `Titel ${id}`,
    outlet: 'Testkrant',
    date: '2024-10',
    language: 'nl',
    file: `corpus/${id}.md`,
    body,
    hash: id,
    ...(url ? { url } : {}),
  };
}
function source(n: number, a: Article): Source {
  return { n, article: a, start: 0, end: a.body.length, sentences: [{ start: 0, end: a.body.length }], score: 1 };
}

describe('generated answers may only link what the cited articles give (#17.6)', () => {
  const nos = article(
    'nos',
    'Er zijn 10.000 Noord-Koreaanse soldaten in Rusland, meldt het Pentagon.',
    'https://nos.nl/artikel/1',
  );
  const other = article('rd', 'Meer op www.rd.nl/dossier staat het overzicht.');
  const sources = [source(1, nos), source(2, other)];

  it('a sentence with a URL the cited source does not give is removed, also inside a masked link', () => {
    const v = validate(
      'There are 10,000 North Korean soldiers in Russia [1]. Read more at [the report](https://evil.example/login) [1].',
      sources,
      'en',
    );
    expect(v.removed.map((s) => [s.reason, s.detail])).toEqual([['unsupported-url', 'https://evil.example/login']]);
    expect(validate('Details: https://evil.example [1].', sources, 'en').removed[0]?.reason).toBe('unsupported-url');
    expect(validate('See www.evil.example for more.', sources, 'en').removed[0]?.reason).toBe('unsupported-url');
  });

  it("the cited article's own url, or an address in its passage, is kept", () => {
    expect(
      validate('There are 10,000 soldiers in Russia, see https://nos.nl/artikel/1 [1].', sources, 'en').removed,
    ).toEqual([]);
    expect(validate('An overview is at www.rd.nl/dossier [2].', sources, 'en').removed).toEqual([]);
    // …but not when another source is the one cited.
    expect(validate('An overview is at www.rd.nl/dossier [1].', sources, 'en').removed[0]?.reason).toBe(
      'unsupported-url',
    );
  });
});
