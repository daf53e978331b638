/**
 * "wrak" over articles that write it only in "Wrakkenwet": a question word that opens a compound the articles write
 * is a word of theirs, so the answerability model does not read the question as being about something else.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';

const BODY =
  'De beheerder van het water kan een gezonken vaartuig opruimen.\n\n' +
  'Het verblijf op het vaartuig zonder vergunning is verboden.\n\n' +
  'De bodem van het water wordt gereinigd.';

describe('a question word that opens a compound of the articles', () => {
  const stats = CorpusStats.fromArticles([{ id: 'w', language: 'nl', title: 'Wrakkenwet', body: BODY }]);
  const known = (q: string, id: string) => analyse(q, stats).groups.find((g) => g.id === id)?.known;

  it('is known when a dictionary word follows it in the compound', () => {
    expect(known('Wie mag een wrak opruimen?', 'wrak')).toBe(true);
  });

  it('is not known when what follows it is no word ("bode" in "bodem")', () => {
    expect(known('Wie mag een bode sturen?', 'bode')).toBe(false);
    expect(known('Wie mag een schip opruimen?', 'schip')).toBe(false);
  });

  it('is known asked in another language, when its translation opens the compound ("wreck": "wrak")', () => {
    expect(known('What is the penalty for boarding a wreck without permission?', 'wreck')).toBe(true);
  });

  it('is not known asked in another language when no translation opens a written compound', () => {
    expect(known('What is the penalty for boarding a ship without permission?', 'ship')).toBe(false);
  });
});
