/**
 * "Dit besluit kan worden aangehaald als: Besluit meldingen Veldraad." gives a statute's short title: it writes the
 * law's name a question about one of its rules writes too, and says nothing else of it. It answers a question for the
 * name, not one for the rule.
 */
import { describe, expect, it } from 'vitest';
import { engineWith } from '../support/engine.js';

describe("a statute's short title", () => {
  const engine = engineWith('bron-short-title-', {
    besluit: {
      title: 'Besluit meldingen Veldraad',
      outlet: 'Staatsblad',
      date: '2024-04-01',
      language: 'nl',
      body:
        'Besluit van 1 april 2024, houdende regels over meldingen aan de Veldraad\n\n' +
        'Artikel 1\n\nEen melding aan de Veldraad wordt schriftelijk gedaan binnen vier weken.\n\n' +
        'Artikel 2\n\nDe Veldraad bevestigt de ontvangst van de melding binnen twee weken.\n\n' +
        'Artikel 3\n\nDit besluit kan worden aangehaald als: Besluit meldingen Veldraad.',
    },
  });

  it('does not lead the answer to a question about a rule of the statute it names', async () => {
    const a = await engine().ask(
      'Hoe wordt een melding aan de Veldraad gedaan volgens het Besluit meldingen Veldraad?',
    );
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/schriftelijk/);
  });

  it('answers a question for the name', async () => {
    const a = await engine().ask('Hoe wordt het besluit over meldingen aan de Veldraad aangehaald?');
    expect(a.grounded, a.answer).toBe(true);
    expect(a.citations[0]?.quote).toMatch(/aangehaald als/);
  });
});
