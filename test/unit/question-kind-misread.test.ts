/**
 * Questions whose kind was misread: "Wanneer gelden de regels niet?" asks in which case they hold (a condition), not a
 * time; "Hoe snel moet de gemeente een gesprek plannen?" asks a term ("binnen drie werkdagen"), not a speed.
 */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

const RULES =
  'Het is verboden een hond aan een ketting te houden die korter is dan twee meter.\n\n' +
  'De verboden van dit besluit gelden niet, indien de houder aantoont dat hij het dier niet als waakhond houdt.\n\n' +
  'Dit besluit treedt in werking op 1 januari 1963.';

const TERMS =
  'Het college voert een gesprek met ieder die zich meldt voor hulp.\n\n' +
  'Bij een dreigende ontruiming van de woning plant het college het gesprek binnen drie werkdagen.\n\n' +
  'Het college stelt het plan op 1 maart 2012 en 1 maart 2016 vast.';

const ENGLISH =
  'Dogs must be kept on a lead in the park.\n\n' +
  'The rule does not apply if the owner shows that the dog is a guide dog.\n\n' +
  'The rule came into force on 1 May 1990.';

describe('a question whose kind was misread', () => {
  const stats = CorpusStats.fromArticles([
    { id: 'a', language: 'nl', body: `${RULES}\n\n${TERMS}` },
    { id: 'b', language: 'en', body: ENGLISH },
  ]);
  const kind = (q: string) => analyse(q, stats).kind;

  it('reads "wanneer" with a verb of holding as a condition, not a time', () => {
    expect(kind('Wanneer gelden de verboden voor waakhonden niet?')).toBe('other');
    expect(kind('Wanneer is het besluit van toepassing?')).toBe('other');
    expect(kind('When does the rule apply?')).toBe('other');
    // Not when it asks a moment.
    expect(kind('Wanneer trad het besluit in werking?')).toBe('time');
    expect(kind('When did the rule come into force?')).toBe('time');
  });

  it('reads "hoe snel moet" as a term, and "hoe snel" alone as a speed', () => {
    const term = analyse('Hoe snel moet het college een gesprek plannen bij een ontruiming?', stats);
    expect(term.kind).toBe('time');
    expect(term.measure).toBeUndefined();
    expect(kind('How soon must I register at the office?')).toBe('time');
    expect(kind('Hoe snel rijdt een brommer?')).toBe('amount');
    expect(kind('How fast does the train go?')).toBe('amount');
  });

  it('reads "whose" or "wiens" after a preposition as asking someone, not a count of "1949 elections"', () => {
    const q = analyse('On whose list did the mayor stand in the 1949 elections?', stats);
    expect(q.kind).toBe('person');
    expect(q.counted).toEqual([]);
    expect(kind('To whom did the owner write?')).toBe('person');
    expect(kind('Op wiens lijst stond de burgemeester?')).toBe('person');
    // A relative "whose" after another question word asks no person.
    expect(kind('Where do the owners whose dogs bite live?')).toBe('place');
  });

  it('takes a span, not two dates, as the answer to a term', () => {
    const q = analyse('Hoe snel moet het college een gesprek plannen bij een ontruiming?', stats);
    const nl = pack('nl');
    expect(hasKind('Het college plant het gesprek binnen drie werkdagen.', 'time', q, nl)).toBe(true);
    expect(hasKind('Het college stelt het plan op 1 maart 2012 en 1 maart 2016 vast.', 'time', q, nl)).toBe(false);
  });

  it('takes a case as the answer to when a rule allows or requires a thing, and not to when a thing happened', () => {
    const nl = pack('nl');
    const en = pack('en');
    const may = analyse('Wanneer mag de houder een hond aan een ketting houden?', stats);
    const case_ = 'Het is toegestaan, indien de houder aantoont dat hij het dier niet als waakhond houdt.';
    expect(may.kind).toBe('time');
    expect(hasKind(case_, 'time', may, nl)).toBe(true);
    expect(hasKind('De houder is verboden een hond aan een ketting te houden.', 'time', may, nl)).toBe(false);
    expect(hasKind(case_, 'time', analyse('Wanneer trad het besluit in werking?', stats), nl)).toBe(false);
    // "als bedoeld in artikel 1" is no case.
    expect(hasKind('Een ketting als bedoeld in artikel 1 is verboden.', 'time', may, nl)).toBe(false);
    const must = analyse('When must dogs be kept on a lead?', stats);
    expect(hasKind('The rule does not apply if the owner shows a guide dog.', 'time', must, en)).toBe(true);
    expect(
      hasKind(
        'The rule does not apply if the owner shows a guide dog.',
        'time',
        analyse('When did the rule come into force?', stats),
        en,
      ),
    ).toBe(false);
  });

  const engine = engineWith('bron-kind-misread-', {
    rules: { title: 'Besluit waakhonden', outlet: 'Staatsblad', date: '1962-11-05', language: 'nl', body: RULES },
  });

  it('answers the condition from the sentence that states it', async () => {
    await expectFirstQuotes(engine(), [['Wanneer gelden de verboden voor waakhonden niet?', /indien de houder/]]);
  });
});
