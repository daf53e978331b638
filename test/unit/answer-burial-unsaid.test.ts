/** "Waar ligt X begraven?": a life span or a place of death tells no burial; a unit that writes one does. */
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/answer/compose.js';
import { analyse } from '../../src/answer/question.js';
import type { Article } from '../../src/corpus/article.js';
import { answerContext, whole } from '../support/answer-context.js';

const PENWICK = [
  'Harold Penwick (3 May 1820 – 9 June 1881) was an English chemist who worked on dyes in Manchester.',
  'Harold Penwick died in Whitby, where he had retired in 1879.',
].join('\n\n');
const CLARE = [
  'Edith Clare (1822 – 1890) was an English painter of harbours.',
  'Edith Clare was buried in the churchyard of St Mary in Scarborough.',
].join('\n\n');
const articles = [
  { id: 'penwick', language: 'en', body: PENWICK, title: 'Harold Penwick', outlet: 'Encyclopedia', date: '2024' },
  { id: 'clare', language: 'en', body: CLARE, title: 'Edith Clare', outlet: 'Encyclopedia', date: '2024' },
];
const { stats, ctx } = answerContext(articles as Article[]);

describe('a burial asked', () => {
  it('is not told by a life span or a place of death', () => {
    expect(rank(analyse('Waar ligt Harold Penwick begraven?', stats), whole('penwick', PENWICK), ctx).said).toBe(false);
    expect(rank(analyse('Where is Harold Penwick buried?', stats), whole('penwick', PENWICK), ctx).said).toBe(false);
  });

  it('is told by a unit that writes it of the person', () => {
    expect(rank(analyse('Waar ligt Edith Clare begraven?', stats), whole('clare', CLARE), ctx).said).toBe(true);
    expect(rank(analyse('Where is Edith Clare buried?', stats), whole('clare', CLARE), ctx).said).toBe(true);
  });

  it('asks where one lies buried with the burial word, not the verb of where something is', () => {
    const q = analyse('Waar ligt Edith Clare begraven?', stats);
    expect(q.groups.map((g) => g.id)).not.toContain('ligt');
    // Beside a noun the verb stays: "located" is what the question asks of the body.
    const body = 'The bone is located in the body.';
    const { stats: own } = answerContext([{ ...articles[0]!, id: 'bone', body, title: 'Bone' } as Article]);
    expect(analyse('Where is the bone located in the body?', own).groups.map((g) => g.id)).toContain('located');
  });

  it("counts any burial word of the articles' language for the burial asked", () => {
    for (const question of ['Waar ligt Edith Clare begraven?', 'Where is Edith Clare buried?']) {
      const asked = analyse(question, stats).groups.find((g) => !g.name)!;
      const en = [...(asked.forms.get('en') ?? []), ...(asked.soft.get('en') ?? [])];
      expect(en).toEqual(expect.arrayContaining(['grave', 'cemeteri']));
    }
  });
});
