import { describe, expect, it } from 'vitest';
import { keyedMemo, oncePerLanguage } from '../../src/answer/memo.js';

describe('keyedMemo', () => {
  it('computes once per owner and key, apart for other owners and keys', () => {
    const memo = keyedMemo<object, string[]>();
    const a = {};
    const b = {};
    let made = 0;
    const make = (v: string) => () => {
      made += 1;
      return [v];
    };
    const first = memo(a, 'en', make('a-en'));
    expect(memo(a, 'en', make('other'))).toBe(first);
    expect(memo(a, 'nl', make('a-nl'))).toEqual(['a-nl']);
    expect(memo(b, 'en', make('b-en'))).toEqual(['b-en']);
    expect(made).toBe(3);
  });

  it('keeps at most its limit of keys per owner, so a long-lived owner does not grow with every key', () => {
    const memo = keyedMemo<object, number>(3);
    const view = {};
    let made = 0;
    const make = () => ++made;
    for (const key of ['a', 'b', 'c']) memo(view, key, make);
    expect(memo(view, 'a', make)).toBe(1);
    memo(view, 'd', make); // a fourth key: what was kept is forgotten
    expect(memo(view, 'a', make)).toBe(5);
    expect(made).toBe(5);
  });
});

describe('a value derived once per language', () => {
  it('is made on first use of each language and then given again as made', () => {
    const made: string[] = [];
    const of = oncePerLanguage((lang) => {
      made.push(lang);
      return new Set([lang]);
    });
    const nl = of('nl');
    expect(of('nl')).toBe(nl);
    expect(of('en').has('en')).toBe(true);
    expect(made).toEqual(['nl', 'en']);
  });
});
