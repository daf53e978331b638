/**
 * "Can a foreigner get debt counselling?": a yes/no question about what a rule allows is answered by the provision
 * that permits, forbids or conditions the act, not by the one that only names it.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { analyse } from '../../src/answer/question.js';
import { ruleFirst, statesRule } from '../../src/answer/rules-asked.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

const plan = 'De raad stelt een plan vast voor de schuldhulp aan de inwoners.';
const foreigner = 'Een vreemdeling kan slechts schuldhulp krijgen indien hij rechtmatig in Nederland verblijft.';
const given = 'Het geborgene wordt afgegeven in geval de kosten worden voldaan.';
const lead = 'De burgemeester kan een betoging beëindigen indien:';
const item = 'a. in strijd wordt gehandeld met een voorschrift;';
const can = 'Het verzoek kan ook gedaan worden door de kamer.';
const body = [plan, foreigner, given, `${lead}\n\n${item}`, can].join('\n\n');
const law = { id: 'w', language: 'nl', title: 'Wet', body } as Article;
const stats = CorpusStats.fromArticles([law]);
const view = new TextView(new Map([[law.id, law]]));

const first = (question: string, pool: Candidate[]) => ruleFirst(analyse(question, stats), pool, view)[0]?.unit.text;
/** A unit of the pool at its sentence of the article, so that the view finds the list it is an item of. */
const unitOf = (text: string, score: number): Candidate => {
  const sentence = view.sentences(law.id).find((s) => s.text === text);
  return { ...candidateAt(law, text, score), unit: sentence! };
};

describe('ruleFirst', () => {
  const named = unitOf(plan, 0.5);
  const ruled = unitOf(foreigner, 0.25);

  it('puts a unit that states a rule first when the best states none', () => {
    expect(first('Kan een vreemdeling schuldhulp krijgen?', [named, ruled])).toBe(foreigner);
    expect(first('Can a foreigner get help with his debts?', [named, ruled])).toBe(foreigner);
  });

  it('leaves a question that asks no rule alone, and a unit scored far below the best behind', () => {
    expect(first('Wat doet de raad met de schuldhulp?', [named, ruled])).toBe(plan);
    expect(first('Kan een vreemdeling schuldhulp krijgen?', [named, unitOf(foreigner, 0.1)])).toBe(plan);
  });

  it('keeps a best unit that answers on a condition, in the asked modal or in a list under a rule', () => {
    expect(first('Kan ik het geborgene terugkrijgen?', [unitOf(given, 0.5), ruled])).toBe(given);
    expect(first('Kan de kamer het verzoek doen?', [unitOf(can, 0.5), ruled])).toBe(can);
    expect(first('Mag de burgemeester de betoging beëindigen?', [unitOf(item, 0.5), ruled])).toBe(item);
  });
});

describe('statesRule', () => {
  it('reads words of permission, prohibition and restriction in either language', () => {
    expect(statesRule('Het is verboden een wrak te betreden.', 'nl')).toBe(true);
    expect(statesRule('De kantonrechter beschikt niet dan na verhoor van partijen.', 'nl')).toBe(true);
    expect(statesRule('You are not allowed to leave your car overnight.', 'en')).toBe(true);
    expect(statesRule('De raad stelt een plan vast.', 'nl')).toBe(false);
    expect(statesRule('The tax is paid in cash.', 'en')).toBe(false);
  });

  it("reads a rule's reach: what it applies to as well", () => {
    const reach = 'Het eerste lid is van overeenkomstige toepassing ten aanzien van gebouwen van organisaties.';
    expect(statesRule(reach, 'nl')).toBe(true);
    expect(statesRule('Deze wet is mede van toepassing in de openbare lichamen.', 'nl')).toBe(true);
    expect(statesRule('Subsection (1) applies mutatis mutandis to buildings of organisations.', 'en')).toBe(true);
    expect(statesRule('This section also applies to vessels.', 'en')).toBe(true);
    expect(statesRule('De burgemeester kan aanwijzingen geven.', 'nl')).toBe(false);
  });
});

describe('a Dutch yes/no question opened by a modal', () => {
  it('asks yes or no, and whether a rule allows it', () => {
    for (const question of ['Mogen loten na de trekking worden ingeleverd?', 'Hoeft een kerk zich te melden?']) {
      const q = analyse(question, stats);
      expect([q.kind, q.ruleAsked]).toEqual(['yesno', true]);
    }
    expect(analyse('Gelden de eisen ook voor een ren?', stats).kind).toBe('yesno');
  });
});
