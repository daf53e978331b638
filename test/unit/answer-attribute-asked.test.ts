import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

/** "What is the capital of Marlo?": only a unit that says the noun asked answers, not one that says other things. */
describe('an attribute asked of a name', () => {
  const engine = engineWith('bron-attribute-asked-', {
    marlo: {
      title: 'The islands of Marlo',
      outlet: 'Island Post',
      date: '2026-02-11',
      language: 'en',
      body:
        'Marlo is a group of more than fifty islands in the south sea. ' +
        'The islands of Marlo are either raised coral limestone or coral atolls.',
    },
    venna: {
      title: 'A visit to Venna',
      outlet: 'Island Post',
      date: '2026-03-02',
      language: 'en',
      body: 'Drest is the capital of Venna and its largest harbour. Ferries leave Drest for the outer islands.',
    },
    guide: {
      title: 'Orla travel guide',
      outlet: 'Travel Wiki',
      date: '2026-03-05',
      language: 'en',
      body:
        'Orla is a quiet harbour town with a long beach.\n\n' +
        'Tamsin Orla Library, 1355 Inwood Terrace, tel: 1 201-592-4699, open daily.\n\n' +
        'Pellow sells fresh fish and chips by the harbour.',
    },
  });

  it('reads an address given in a listing as the address asked', async () => {
    const a = await engine().ask('What is the address of the Tamsin Orla Library?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/1355 Inwood Terrace/);
  });

  it('refuses an address a listing does not give', async () => {
    const a = await engine().ask('What is the address of Pellow?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('refuses when no unit says the noun asked', async () => {
    const a = await engine().ask('What is the capital of Marlo?');
    expect(a.grounded, a.answer).toBe(false);
  });

  it('answers with the unit that says it', async () => {
    const a = await engine().ask('What is the capital of Venna?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.answer).toMatch(/Drest is the capital/);
  });
});
