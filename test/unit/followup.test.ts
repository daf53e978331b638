import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/answer/followup.js';

describe('follow-ups read with the question before them', () => {
  it('"and X?" puts the new name in place of the earlier question’s first name (en, nl)', () => {
    expect(resolveFollowUp('What did Rutte say about Kursk?', 'And Zelensky?', 'en')).toBe(
      'What did Zelensky say about Kursk?',
    );
    expect(resolveFollowUp('Wat zei Rutte over Koersk?', 'En Zelenskiy?', 'nl')).toBe('Wat zei Zelenskiy over Koersk?');
  });

  it('a pronoun stands for the earlier question’s topic (its content words)', () => {
    expect(
      resolveFollowUp('How many North Korean troops are in Russia?', 'And what does Zelensky say about it?', 'en'),
    ).toBe('What does Zelensky say about North Korean troops Russia?');
    expect(resolveFollowUp('Hoeveel soldaten stuurde Noord-Korea?', 'Wat zegt Poetin daarover?', 'nl')).toBe(
      'Wat zegt Poetin soldaten stuurde Noord-Korea?',
    );
  });

  it('a question that stands alone is left alone', () => {
    expect(
      resolveFollowUp('Wat zei Rutte over Koersk?', 'Hoeveel soldaten stuurde Noord-Korea naar Rusland?', 'nl'),
    ).toBe(undefined);
    expect(resolveFollowUp('Who is Rutte?', 'When did the war in Ukraine start?', 'en')).toBeUndefined();
  });
});
