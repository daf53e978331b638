import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Marlow Courier', date: '2024-03-01', language: 'en' };

describe('a question for the holder of a role whose title the articles give only for another role', () => {
  const engine = engineWith('bron-title-unsaid-', {
    ferries: {
      ...ARTICLE,
      title: 'Harbour party opposes the ferry cuts',
      body:
        "The Harbour Party's Shadow Transport Minister Edric Vale said the cuts to the island ferries were " +
        '"a disgrace" and promised to restore the winter timetable.\n\n' +
        'The finance director of the ferry company says fuel costs rose by a third last year.',
    },
  });

  it('refuses when no unit says every word of the title asked', async () => {
    const a = await engine().ask("Who is the Harbour Party's Shadow Finance Minister?");
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('unsaid');
  });

  it('answers when a unit says the whole title', async () => {
    const a = await engine().ask("Who is the Harbour Party's Shadow Transport Minister?");
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('Edric Vale');
  });
});
