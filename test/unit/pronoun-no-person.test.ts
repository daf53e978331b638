/** "Wie mag een wrak opruimen?": a capitalised pronoun ("Alzoo Wij …", "When I was …") names no one; "US" does. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { pack } from '../../src/lang/index.js';
import { answerContext } from '../support/answer-context.js';

const { stats } = answerContext([]);

describe('a pronoun is no person', () => {
  it('does not make a Dutch unit name someone', () => {
    const q = analyse('Wie mag een gezonken schip opruimen?', stats);
    expect(q.kind).toBe('person');
    const p = pack('nl');
    expect(hasKind('Alzoo Wij in overweging genomen hebben, dat het noodig is.', q.kind, q, p)).toBe(false);
    expect(hasKind('Alzoo Wij hebben besloten dat de Beheerder het schip opruimt.', q.kind, q, p)).toBe(true);
  });
  it('does not make an English unit name someone, though the US is named', () => {
    const q = analyse('Who cleared the wreck?', stats);
    expect(q.kind).toBe('person');
    const p = pack('en');
    expect(hasKind('When I was young, the wreck was cleared.', q.kind, q, p)).toBe(false);
    expect(hasKind('When the US was young, the wreck was cleared.', q.kind, q, p)).toBe(true);
  });
});
