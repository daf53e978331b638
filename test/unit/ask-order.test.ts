import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { engineOver, writeArticle } from '../support/engine.js';

/**
 * The bot is one long process answering everyone's questions in any order: an answer must not depend on what was
 * asked before it, in this corpus or in another one (module caches, lazily built statistics, sentence caches).
 */
const base = { outlet: 'Testblad', date: '2024-03-01' };
const dutch = engineOver('bron-order-nl-', (dir) => {
  writeArticle(dir, {
    ...base,
    id: 'besluit',
    title: 'Besluit geluid van bromfietsen',
    language: 'nl',
    body:
      'Gehoord de Centrale Raad voor de Milieuhygiëne (advies van 7 juni 1982) is dit besluit vastgesteld.\n\n' +
      'Een bromfiets mag ten hoogste 72 decibel geluid maken bij de typekeuring.\n\n' +
      'Een vreemdeling kan slechts schuldhulpverlening krijgen indien hij rechtmatig in Nederland verblijf houdt.',
  });
  writeArticle(dir, {
    ...base,
    id: 'gemeente',
    title: 'Schuldhulpverlening door de gemeente',
    language: 'nl',
    body:
      'De gemeenteraad stelt een plan vast dat richting geeft aan de schuldhulpverlening aan de inwoners.\n\n' +
      'Het college van burgemeester en wethouders voert het plan uit binnen vier weken na de aanmelding.',
  });
});
const english = engineOver('bron-order-en-', (dir) => {
  writeArticle(dir, {
    ...base,
    id: 'harbour',
    title: 'The harbour council',
    language: 'en',
    body:
      'The harbour council advised the mayor to close the old ferry terminal in 1998.\n\n' +
      'Fishing boats moved to the new quay, which was built by a local cooperative of twelve families.',
  });
});

const seen = (a: Answer) => ({ grounded: a.grounded, answer: a.answer, quotes: a.citations.map((c) => c.quote) });

describe('the same question gets the same answer whatever was asked before', () => {
  it('in its own corpus and after questions to another corpus', async () => {
    const questions = [
      'Which council advised on the moped noise decree?',
      'Can a foreigner get debt counselling from the municipality?',
      'Wie voert het plan voor schuldhulpverlening uit?',
      'Hoeveel decibel mag een bromfiets maken?',
    ];
    const first = [];
    for (const q of questions) first.push(seen(await dutch().ask(q)));
    for (const q of ['Who advised the mayor?', 'Who built the new quay?', 'When did the ferry terminal close?'])
      await english().ask(q);
    const again = [];
    for (const q of [...questions].reverse()) again.unshift(seen(await dutch().ask(q)));
    expect(again).toEqual(first);
    expect(first.some((a) => a.grounded)).toBe(true);
  });
});
