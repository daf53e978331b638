/**
 * "Who was named best blocker of the tournament?": "named" only says how the role was given; the role after it is
 * what a unit must say, as "Gustavo Endres de beste blokker" does without any word for naming.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

const BODY =
  'Brazilië won het toernooi in Katowice. Andre Nascimento was de beste aanvaller van het toernooi, ' +
  'Gustavo Endres de beste blokker.\n\n' +
  'De finale werd voor twaalfduizend kijkers gespeeld.\n\n' +
  'Nederland doet volgend jaar weer mee.';

describe('a question for a person named to a role', () => {
  const stats = CorpusStats.fromArticles([{ id: 'a', language: 'nl', body: BODY }]);

  it('asks the role after the participle, not the participle', () => {
    expect(analyse('Who was named best blocker of the tournament?', stats).relation?.id).toBe('best');
    // Not when no word of the question follows it: "killed in the attack" says the relation itself.
    const english = CorpusStats.fromArticles([{ id: 'b', language: 'en', body: 'Anna was killed in the attack.' }]);
    expect(analyse('Who was killed in the attack?', english).relation?.id).toBe('killed');
  });

  const engine = engineWith('bron-named-role-', {
    wl: { title: 'Brazilië wint World League', outlet: 'Krant', date: '2001-07-01', language: 'nl', body: BODY },
  });

  it('is answered by the unit that says the role', async () => {
    await expectFirstQuotes(engine(), [['Who was named best blocker of the tournament?', /beste blokker/]]);
  });
});
