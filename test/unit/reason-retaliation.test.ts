/** An act done "als vergelding voor", "in reactie op", "in retaliation for" another is done for that reason. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'nl', body: 'Het leger bombardeerde een post. De actie was een vergelding voor een aanval.' },
  { id: 'b', language: 'en', body: 'The army bombed a post. The strike was in retaliation for an attack.' },
]);

describe('retaliation as a reason', () => {
  it('gives the reason of a Dutch act', () => {
    const q = analyse('Waarom bombardeerde het leger de post?', stats);
    expect(q.kind).toBe('reason');
    for (const text of [
      'De actie was een vergelding voor een aanval.',
      'Het leger schoot in reactie op de beschietingen.',
      'De bonden staakten uit protest tegen de bezuinigingen.',
    ])
      expect(hasKind(text, q.kind, q, pack('nl')), text).toBe(true);
    expect(hasKind('Het leger bombardeerde een post.', q.kind, q, pack('nl'))).toBe(false);
  });

  it('gives the reason of an English act', () => {
    const q = analyse('Why did the army bomb the post?', stats);
    expect(hasKind('The strike was in retaliation for an attack.', q.kind, q, pack('en'))).toBe(true);
    expect(hasKind('The army bombed a post.', q.kind, q, pack('en'))).toBe(false);
  });
});

describe('a hindrance as a reason', () => {
  it('gives what holds a thing back as why it fails, in English and Dutch', () => {
    const en = analyse('Why did the army bomb the post?', stats);
    const says = (text: string, lang: 'en' | 'nl', q = en) => hasKind(text, q.kind, q, pack(lang));
    expect(says('The signal is hampered by interference near the coast.', 'en')).toBe(true);
    expect(says('A lack of money plagues the field, as it does others.', 'en')).toBe(true);
    expect(says('The signal is strong near the coast.', 'en')).toBe(false);
    const nl = analyse('Waarom bombardeerde het leger de post?', stats);
    expect(says('Het signaal wordt belemmerd door storing.', 'nl', nl)).toBe(true);
  });
});
