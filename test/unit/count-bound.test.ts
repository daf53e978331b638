/**
 * "Hoeveel vergoeding mogen bestuursleden maximaal krijgen?" over "… beperkt tot ten hoogste 15% …": the bound the
 * question puts on the amount ("maximaal") is said by the figure's own bound words, so it is no content word the
 * count's quote must write.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe('a bound on an asked amount', () => {
  const engine = engineWith('bron-count-bound-', {
    rules: {
      title: 'Reglement van de vereniging',
      outlet: 'Staatscourant',
      date: '2024-04-01',
      language: 'nl',
      body:
        'Artikel 1\n\nDe vereniging houdt elk jaar een ledenvergadering in het voorjaar.\n\n' +
        'Artikel 2\n\nSlechts noodzakelijke kosten mogen worden gemaakt. Een eventuele vergoeding aan bestuursleden ' +
        'dient te worden beperkt tot ten hoogste 15% van de jaarlijkse contributie.\n\n' +
        'Artikel 3\n\nDe penningmeester legt elk jaar verantwoording af aan de ledenvergadering.',
    },
    park: {
      title: 'Het park',
      outlet: 'Staatscourant',
      date: '2024-04-02',
      language: 'nl',
      body: 'Het park\n\nHet park is elke dag open van acht tot zes uur, ook in de zomer.',
    },
  });

  it('answers with the figure the bound words give', async () => {
    const a = await engine().ask('Hoeveel vergoeding mogen bestuursleden maximaal krijgen?');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/ten hoogste 15%/);
  });

  it('still refuses an amount no figure gives', async () => {
    const a = await engine().ask('Hoeveel salaris mogen bestuursleden maximaal krijgen?');
    expect(a.grounded).toBe(false);
  });
});
