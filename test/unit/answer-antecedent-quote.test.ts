import { describe, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe('the sentences before the best quote that name whom its pronoun speaks of', () => {
  const engine = engineWith('bron-antecedent-quote-', {
    dolby: {
      title: 'Marten Dolby',
      outlet: 'Encyclopedia',
      date: '2024-01-01',
      language: 'en',
      body:
        'Career\n\nMarten Dolby is an actor, best known for a long series about two brothers on the road.\n\n' +
        'Personal life\n\nThe engagement of Dolby to his co-star Elsa Varnhagen was announced in January 2010. ' +
        'They met when Varnhagen joined the cast in the fourth season. Dolby proposed to her in front of a ' +
        'painting at the harbour museum in October 2009. The pair married in February 2010 in a small town in the ' +
        'hills.\n\nHe lives near the coast with three children.',
    },
    wiersma: {
      title: 'Pieter Wiersma',
      outlet: 'Encyclopedia',
      date: '2024-01-01',
      language: 'nl',
      body:
        'Loopbaan\n\nPieter Wiersma is een acteur, vooral bekend van een lange reeks over twee broers op reis.\n\n' +
        'Privéleven\n\nDe verloving van Wiersma met zijn tegenspeelster Anna Kroes werd in januari 2010 bekendgemaakt. ' +
        'Ze leerden elkaar kennen toen Kroes in het vierde seizoen bij de cast kwam. Wiersma vroeg haar ten huwelijk ' +
        'voor een schilderij in het havenmuseum in oktober 2009. Het paar trouwde in februari 2010 in een klein dorp ' +
        'in de heuvels.\n\nHij woont aan de kust met drie kinderen.',
    },
    maren: {
      title: 'Ida Maren',
      outlet: 'Encyclopedia',
      date: '2024-01-01',
      language: 'en',
      body:
        'Early years\n\nIda Maren wrote stories for a paper in the capital. In 1891 she met the writer who would ' +
        'help her and connect her with editors: Joost Verwey. She fell in love with him right away, not knowing ' +
        'that he had a reputation.\n\nHer mentor did not return her love for him, and instead treated her as a ' +
        "younger sister. This failed relationship would become a theme in Maren's stories.\n\nShe died young.",
    },
  });

  it('are quoted with it when a person is asked', async () => {
    await expectFirstQuotes(engine(), [
      ['Who is Marten Dolby married to?', /Elsa Varnhagen/],
      ['Met wie is Pieter Wiersma getrouwd?', /Anna Kroes/],
    ]);
  });

  it('are looked for in the paragraph before when the quote opens its own', async () => {
    await expectFirstQuotes(engine(), [["Who was Ida Maren's mentor?", /Joost Verwey/]]);
  });
});
