import { describe, expect, it } from 'vitest';
import { match } from '../../src/answer/evidence.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { stem, words } from '../../src/text/analyze.js';

/** English closes a few compounds ("shipwrecks"): the asker's word at their end still counts. */
const body =
  'About 12 old shipwrecks lie in the bay near Lindby. Divers like the bay. ' +
  'The wrecks of cars are towed away. Nobody understands the bay.';
const stats = CorpusStats.fromArticles([{ id: 'a', language: 'en', body }]);
const stems = (text: string) => new Set(words(text).map((w) => stem(w, 'en')));

describe('a question word closing an English compound', () => {
  it('counts "wrecks" in "shipwrecks", as less than the word itself', () => {
    const q = analyse('How many wrecks lie in the bay?', stats);
    const inCompound = match(q, stems('About 12 old shipwrecks lie in the bay near Lindby.'), 'en', false);
    const own = match(q, stems('The wrecks lie in the bay.'), 'en', false);
    expect(inCompound.matched).toContain('wrecks');
    expect(inCompound.coverage).toBeLessThan(own.coverage);
  });

  it('needs a dictionary word before it, of three letters at least', () => {
    const q = analyse('Where do the divers stand?', stats);
    expect(match(q, stems('Nobody xqzstands there.'), 'en', false).matched).not.toContain('stand');
  });
});
