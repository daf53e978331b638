import { describe, expect, it } from 'vitest';
import { namesIn, wordQuestions } from '../../eval/fuzz-words.js';

describe('namesIn', () => {
  it('takes runs of two or three capitalised words that do not open a sentence, each once', () => {
    expect(namesIn('Toen zei Jan de Vries niets. Later kwam Piet Hein Donner, en Piet Hein Donner bleef.')).toEqual([
      'Piet Hein Donner',
    ]);
    expect(namesIn('The Mayor spoke. A report by Ann Smith and Bob Lee followed.')).toEqual(['Ann Smith', 'Bob Lee']);
  });
});

describe('wordQuestions', () => {
  const body =
    'The old bridge was closed because the river rose. ' +
    'The engineer Ann Smith said the repairs will take a year. ' +
    'Work on the bridge is paid for by Bob Lee and the town.';

  it('asks who of each name, what a quoted one said, why, yes or no as written and with a name swapped', () => {
    const [who, said, why, check, about] = wordQuestions(body, 'The bridge', 'en');
    expect(who).toEqual(['Who is Ann Smith?', 'Who is Bob Lee?']);
    // Ann Smith is followed by "said"; Bob Lee by no verb of saying.
    expect(said).toEqual(['What did Ann Smith say?']);
    expect(why).toEqual(['Why the old bridge was closed?']);
    expect(check).toContain('Is it true that the engineer Ann Smith said the repairs will take a year?');
    expect(check).toContain('Is it true that the engineer Bob Lee said the repairs will take a year?');
    expect(about).toEqual(['What is The bridge about?']);
  });

  it("asks in the article's language, through that pack's reason markers", () => {
    const [, , why, , about] = wordQuestions('De oude brug ging dicht omdat de rivier steeg.', 'De brug', 'nl');
    expect(why).toEqual(['Waarom de oude brug ging dicht?']);
    expect(about).toEqual(['Waar gaat De brug over?']);
  });
});
