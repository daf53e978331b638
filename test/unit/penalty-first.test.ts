import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/answer/candidates.js';
import { penaltyFirst, penaltyUnits } from '../../src/answer/penalties.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { candidateAt } from '../support/candidate.js';

/** "Welke straf staat op …?": the penalty clause of the best unit's law answers, not the provision it punishes. */
const body =
  'Het is verboden zonder vergunning het wrak te betreden. ' +
  'Overtreding van het verbod wordt gestraft met een geldboete van de derde categorie.';
const other = 'Wie zonder vergunning een loterij houdt, wordt gestraft met hechtenis van ten hoogste een maand.';
const wrecks = { id: 'w', language: 'nl', body } as Article;
const lottery = { id: 'l', language: 'nl', body: other } as Article;
const stats = CorpusStats.fromArticles([wrecks, lottery]);
const [forbids, punishes] = body.split(/(?<=\.) /);

describe('penaltyFirst', () => {
  const best = candidateAt(wrecks, forbids!, 0.6);
  const clause = candidateAt(wrecks, punishes!, 0.05);
  const elsewhere = candidateAt(lottery, other, 0.3);
  const first = (question: string, pool: Candidate[]) => penaltyFirst(analyse(question, stats), pool)[0]?.unit.text;

  it("puts the penalty clause of the best unit's article first, however low it scores", () => {
    expect(first('Welke straf staat op het betreden van een wrak zonder vergunning?', [best, elsewhere, clause])).toBe(
      punishes,
    );
  });

  it("takes no other article's penalty, and leaves a question that asks none alone", () => {
    expect(first('Welke straf staat op het betreden van een wrak?', [best, elsewhere])).toBe(forbids);
    expect(first('Mag je zonder vergunning een wrak betreden?', [best, clause])).toBe(forbids);
  });

  it('reads an English question and the Dutch clause', () => {
    expect(first("What's the penalty for entering a wreck without a permit?", [best, clause])).toBe(punishes);
  });

  it('brings the penalty sentences of the given articles, for a question that asks a penalty only', () => {
    const view = new TextView(new Map([[wrecks.id, { ...wrecks, title: 'Wrakkenbesluit' } as Article]]));
    const asked = analyse('Welke straf staat op het betreden van een wrak?', stats);
    expect(penaltyUnits(asked, [wrecks], view).map((u) => u.sentence.text)).toEqual([punishes]);
    expect(penaltyUnits(analyse('Mag je een wrak betreden?', stats), [wrecks], view)).toEqual([]);
  });
});
