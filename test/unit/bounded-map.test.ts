import { describe, expect, it } from 'vitest';
import { BoundedMap, perLanguage } from '../../src/text/bounded-map.js';

describe('a bounded cache', () => {
  it('forgets everything when a new key would take it past its limit, not when a known key is set again', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2);
    m.set('a', 3);
    expect([...m]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    m.set('c', 4);
    expect([...m]).toEqual([['c', 4]]);
  });

  it('keeps one map per language, the same map on every call', () => {
    const of = perLanguage<string>(10);
    of('nl').set('met', 'met');
    expect(of('nl').get('met')).toBe('met');
    expect(of('en').has('met')).toBe(false);
    expect(of('nl')).toBe(of('nl'));
  });
});
