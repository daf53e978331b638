/**
 * A speech or a column rarely names who speaks ("I", "my country"); its front matter's `author` does. A question
 * naming the author asks about a name the corpus knows, and is answered from the author's article; a name no
 * article and no author field writes is still refused as a stranger.
 */
import { describe, expect, it } from 'vitest';
import { engineWith, expectFirstQuotes } from '../support/engine.js';

describe("an article's author", () => {
  const engine = engineWith('bron-author-', {
    address: {
      title: 'Address to the assembly',
      outlet: 'Assembly Records',
      date: '2021-05-04',
      language: 'en',
      author: 'Maren Oskarsdottir',
      body:
        'I stand before you today as the first woman to lead my country.\n\n' +
        'We will build four new bridges across the northern fjords before the decade ends.\n\n' +
        'Thank you, and good night.',
    },
    harbour: {
      title: 'Ferry timetable changes',
      outlet: 'Coast News',
      date: '2021-05-05',
      language: 'en',
      body: 'The harbour authority said the ferry will run twice a day from June.',
    },
  });

  it('is a name the corpus knows: her words answer a question naming her', async () => {
    const [a] = await expectFirstQuotes(engine(), [
      ['What will Oskarsdottir build across the fjords?', /four new bridges/],
      ['Wat wil Oskarsdottir over de fjorden bouwen?', /four new bridges/],
    ]);
    // The citation names her, for the CLI and Discord to show beside the outlet.
    expect(a!.citations[0]!.author).toBe('Maren Oskarsdottir');
  });

  it('speaks every sentence of her article: asked what she said, her plain statements answer', async () => {
    await expectFirstQuotes(engine(), [
      ['What did Oskarsdottir say about the fjords?', /four new bridges/],
      ['Wat zei Oskarsdottir over de fjorden?', /four new bridges/],
    ]);
  });

  it('leaves a name no article or author writes a stranger', async () => {
    const a = await engine().ask('What will Halvorsen build across the fjords?');
    expect(a.grounded).toBe(false);
    expect(a.refusedBy).toBe('strangers');
    expect(a.answer).toMatch(/Halvorsen/);
  });
});
