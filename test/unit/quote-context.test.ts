/** A quote is read with the sentence its opening points back to, and from the start of the answer turn it is in. */
import { describe, expect, it } from 'vitest';
import { throughPointedBack, throughTurnOpening } from '../../src/answer/select.js';
import { TextView } from '../../src/answer/text-view.js';
import type { Article } from '../../src/corpus/article.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { pack } from '../../src/lang/index.js';
import { candidateAt } from '../support/candidate.js';

const report =
  'The town library and the harbour museum found that their staff lacked training. ' +
  'Therefore both institutes joined forces to run courses for clerks.\n\n' +
  'The courses began in spring. These courses were full within a week.\n\n' +
  'Both sides agreed.';
const interview =
  'What are your biggest costs?\n\n' +
  'The biggest thing we pay for is rent and heating. There is paper and ink as well. That is about it.\n\n' +
  'The shop opens at nine. The paper and ink come from a mill.';

function article(id: string, body: string): Article {
  return { id, language: 'en', body, title: 'T', outlet: 'Blad', date: '2025-01-01' } as Article;
}

const quote = (a: Article, text: string) => candidateAt(a, text);

describe('the sentence a quote points back to', () => {
  const a = article('r', report);
  const sentences = splitSentences(a);
  const p = pack('en');

  it('is quoted with a quote opening with "both …" after one word', () => {
    const c = throughPointedBack(quote(a, 'Therefore both institutes joined forces'), sentences, p, []);
    expect(c.unit.text).toMatch(/^The town library and the harbour museum .* joined forces$/s);
  });

  it('is quoted with a quote opening with "these …"', () => {
    const c = throughPointedBack(quote(a, 'These courses were full within a week.'), sentences, p, []);
    expect(c.unit.text).toBe('The courses began in spring. These courses were full within a week.');
  });

  it('is not sought in another paragraph, nor when another quote gives it, nor for a quote pointing nowhere', () => {
    const opening = quote(a, 'Both sides agreed.');
    expect(throughPointedBack(opening, sentences, p, []).unit.text).toBe('Both sides agreed.');
    const given = quote(a, 'The courses began in spring.');
    const c = quote(a, 'These courses were full within a week.');
    expect(throughPointedBack(c, sentences, p, [given]).unit.text).toBe(c.unit.text);
    const plain = quote(a, 'The courses began in spring.');
    expect(throughPointedBack(plain, sentences, p, []).unit.text).toBe(plain.unit.text);
  });
});

describe('the opening of an answer turn', () => {
  const a = article('i', interview);
  const view = new TextView(new Map([[a.id, a]]));
  const sentences = view.sentences('i');

  it('is quoted with a quote from further on in a paragraph answering a question', () => {
    const c = throughTurnOpening(quote(a, 'There is paper and ink as well.'), view, sentences, []);
    expect(c.unit.text).toBe('The biggest thing we pay for is rent and heating. There is paper and ink as well.');
  });

  it('leaves a quote in a paragraph that answers no question, or one opening its turn', () => {
    const mill = quote(a, 'The paper and ink come from a mill.');
    expect(throughTurnOpening(mill, view, sentences, []).unit.text).toBe(mill.unit.text);
    const first = quote(a, 'The biggest thing we pay for is rent and heating.');
    expect(throughTurnOpening(first, view, sentences, []).unit.text).toBe(first.unit.text);
  });
});
