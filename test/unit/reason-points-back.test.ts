/** "Due to that, …", "Daardoor …": a sentence opening so gives its reason only with the sentence before it. */
import { describe, expect, it } from 'vitest';
import { hasKind } from '../../src/answer/kinds.js';
import { analyse } from '../../src/answer/question.js';
import { CorpusStats } from '../../src/answer/stats.js';
import { pack } from '../../src/lang/index.js';

const stats = CorpusStats.fromArticles([
  { id: 'a', language: 'en', body: 'The ministry banned the rites. Due to that, the temple stayed closed.' },
  { id: 'b', language: 'nl', body: 'Het ministerie verbood de riten. Daardoor bleef de tempel dicht.' },
]);

describe('a reason marker that points back', () => {
  it('gives no reason in an English sentence that opens with it, and one with the sentence before', () => {
    const q = analyse('Why did the temple stay closed?', stats);
    expect(q.kind).toBe('reason');
    const says = (text: string) => hasKind(text, q.kind, q, pack('en'));
    expect(says('Due to that, the temple stayed closed.')).toBe(false);
    expect(says('“Therefore the temple stayed closed.')).toBe(false);
    expect(says('The ministry banned the rites. Due to that, the temple stayed closed.')).toBe(true);
    // A cause the sentence names itself ("that storm") is its own reason.
    expect(says('Due to that storm, the temple stayed closed.')).toBe(true);
    expect(says('Due to that, the temple stayed closed because of the storm.')).toBe(true);
  });

  it('gives no reason in a Dutch sentence that opens with it, and one with the sentence before', () => {
    const q = analyse('Waarom bleef de tempel dicht?', stats);
    expect(q.kind).toBe('reason');
    const says = (text: string) => hasKind(text, q.kind, q, pack('nl'));
    expect(says('Daardoor bleef de tempel dicht.')).toBe(false);
    expect(says('Het ministerie verbood de riten. Daardoor bleef de tempel dicht.')).toBe(true);
    expect(says('De tempel bleef dicht omdat het ministerie de riten verbood.')).toBe(true);
  });
});
