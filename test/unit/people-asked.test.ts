/** "Welke spelers …?": a plural noun for people after "which" asks for people, as "who" does. */
import { describe, expect, it } from 'vitest';
import { rankedUnits } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext } from '../support/answer-context.js';

const NAMES = 'Na rust kregen twee spelers een rode kaart: Jansen en Bakker.';
const NONE = 'De rode kaart was de tweede tegenslag voor de jonge spelers van het team in de finale.';
const body = [NONE, NAMES, 'De computers van de club gaven nummers voor elke wedstrijd.'].join('\n\n');
const articles = [{ id: 'a', language: 'nl', body, title: 'Finale', outlet: 'Krant', date: '2025' }] as Article[];
const { stats, ctx, passages } = answerContext(articles);
const QUESTION = 'Welke jonge spelers kregen een rode kaart in de finale?';

describe('a plural noun for people after which', () => {
  it('asks for a person, a noun for things not', () => {
    expect(analyse(QUESTION, stats).kind).toBe('person');
    expect(analyse('Welke computers gaven nummers?', stats).kind).not.toBe('person');
    expect(analyse('Welke nummers gaven de computers?', stats).kind).not.toBe('person');
  });

  it('reads a possessive noun as qualifying what is asked, first or second word', () => {
    expect(analyse('Which young players won the final?', stats).kind).toBe('person');
    expect(analyse("Which players' cards were red?", stats).kind).not.toBe('person');
    expect(analyse("Which young players' cards were red?", stats).kind).not.toBe('person');
  });

  it('puts the unit that names them first', () => {
    const pool = rankedUnits(analyse(QUESTION, stats), passages, ctx);
    expect(pool[0]?.unit.text).toBe(NAMES);
  });
});

describe('a relative "who" after another question word', () => {
  it('asks no person; "who" in the question otherwise does', () => {
    expect(analyse('What did the club call the players who got a red card?', stats).kind).not.toBe('person');
    expect(analyse('Where did the players who got a red card go?', stats).kind).not.toBe('person');
    expect(analyse('How were the players coded who got a red card?', stats).kind).toBe('manner');
    expect(analyse('In the final, who got a red card?', stats).kind).toBe('person');
  });

  it('makes no one a speaker whose verb of saying stands in the relative clause', () => {
    const roles = (q: string) => analyse(q, stats).speakerRoles.map((g) => g.id);
    expect(roles('How were players coded who said they got a red card?')).toEqual([]);
    expect(roles('What did the players say about the red card?')).toEqual(['players']);
  });
});
