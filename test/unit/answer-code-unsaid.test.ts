import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

const ARTICLE = { outlet: 'Plant Journal', date: '2024-01-01', language: 'en' };

describe('a word of letters and digits that no best unit writes', () => {
  const engine = engineWith('bron-code-unsaid-', {
    mould: {
      ...ARTICLE,
      title: 'A new grain mould',
      body:
        'Abstract: The grain mould QX42 is an emerging disease of barley that was first reported in Velden in ' +
        'March 2019. As of May 2019, cases of the mould continue to be reported in other regions.\n\n' +
        'The mould first infected wheat fields in 2020, and it spread to oats in 2021.',
    },
  });

  it('refuses when the best units speak of another thing', async () => {
    expect((await engine().ask('When did ZB71 first infect wheat?')).grounded).toBe(false);
  });

  it('answers when they write it', async () => {
    const a = await engine().ask('When was QX42 first reported?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toContain('March 2019');
  });
});
