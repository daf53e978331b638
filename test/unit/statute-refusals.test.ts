import { describe, expect, it } from 'vitest';
import { timeMentions } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

/** A small Dutch rule book: it never writes "gebeurt", "terwijl" or "happens". */
const rules = CorpusStats.fromArticles([
  {
    id: 'r',
    language: 'nl',
    body:
      'Constateert de notaris bij de prijsbepaling enige onregelmatigheid, dan verklaart hij de prijsbepaling ' +
      'ongeldig. De prijsbepaling geschiedt na de afsluiting van de verkoop van de bewijzen van deelneming.',
  },
]);
const ids = (q: string) => analyse(q, rules).groups.map((g) => g.id);

describe('words a question asks with, which a rule book never writes', () => {
  it('drops the verb of "wat gebeurt er als" and "what happens if" when the articles never write it', () => {
    expect(ids('Wat gebeurt er als de notaris een onregelmatigheid constateert?')).not.toContain('gebeurt');
    expect(ids('What happens if the notary finds an irregularity?')).not.toContain('happens');
    // Outside that form the verb is a word of what is asked.
    expect(ids('Gebeurt de prijsbepaling in het openbaar?')).toContain('gebeurt');
  });

  it('drops a conjunction that opens a clause when the articles never write it, not one they write', () => {
    expect(ids('Mag de prijsbepaling gebeuren terwijl de verkoop nog loopt?')).not.toContain('terwijl');
    const written = CorpusStats.fromArticles([
      { id: 'w', language: 'nl', body: 'De notaris kijkt toe terwijl de prijsbepaling geschiedt.' },
    ]);
    expect(
      analyse('Kijkt de notaris toe terwijl de prijsbepaling geschiedt?', written).groups.map((g) => g.id),
    ).toContain('terwijl');
  });
});

describe('a noun for whatever is meant', () => {
  it('drops "spullen", "things" the articles never write, and keeps one they write', () => {
    expect(ids('Welke spullen moet de notaris na de prijsbepaling bewaren?')).not.toContain('spullen');
    expect(ids('What things must the notary keep after the draw?')).not.toContain('things');
    const written = CorpusStats.fromArticles([
      { id: 's', language: 'nl', body: 'De notaris bewaart de spullen van de deelnemers.' },
    ]);
    expect(analyse('Welke spullen bewaart de notaris?', written).groups.map((g) => g.id)).toContain('spullen');
  });
});

describe('a span of time counted in a number word glued from parts', () => {
  const mentions = (text: string) => timeMentions(text, pack('nl'));

  it('reads "vierentwintig uren" and "tweeëntwintig dagen" as spans, as "vier uren" is', () => {
    expect(mentions('ten minste tweemaal vierentwintig uren te voren')).toContain('vierentwintig uren');
    expect(mentions('binnen tweeëntwintig dagen na de aanvraag')).toContain('tweeentwintig dagen');
    // Words that merely begin with a number word are no number.
    expect(mentions('de vierkante meter van de ren')).toEqual([]);
  });
});
