import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Island Guide', date: '2024-01-01', language: 'en' };

describe('a "when" question whose best units date only other things', () => {
  const engine = engineWith('bron-time-unsaid-', {
    harbour: {
      ...ARTICLE,
      title: 'Marlow Bay',
      body:
        'Marlow Bay was founded as a fishing village by settlers who came over from the mainland with their ' +
        'boats, their nets and their families, and today its harbour welcomes yachts between June and October.\n\n' +
        'The islands were settled by seafarers some 3000 years ago.\n\n' +
        'The old lighthouse on the Tern Islands was built in 1874 by the harbour board.',
    },
  });

  it('refuses when no time stands near the asked words', async () => {
    const a = await engine().ask('When was Marlow Bay founded?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('answers when a time stands near them', async () => {
    const a = await engine().ask('When was the old lighthouse on the Tern Islands built?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('1874');
  });
});

describe('a "when" question whose event is told in a sentence without a time', () => {
  const engine = engineWith('bron-time-event-', {
    tamsin: {
      ...ARTICLE,
      title: 'Orla Tamsin',
      body:
        'Orla Tamsin was a cartographer who mapped the coast of the Tern Islands.\n\n' +
        'In 1952, Tamsin received her doctorate in geography from the University of Marlow. ' +
        'She was appointed harbour surveyor of Marlow Bay. She married the painter Edric Vale.\n\n' +
        'Her first chart of the Tern Islands appeared in 1961.',
    },
  });

  it('refuses when the only time nearby dates another of the subject’s events', async () => {
    const a = await engine().ask('In which year was Tamsin appointed harbour surveyor?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('answers when the time stands in the sentence that tells the event', async () => {
    const a = await engine().ask('In which year did Tamsin receive her doctorate?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('1952');
  });
});
