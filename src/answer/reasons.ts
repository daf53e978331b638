import type { Sentence } from '../ingest/sentences.js';
import { fold, type LanguagePack } from '../lang/index.js';
import type { TextView } from './text-view.js';

/** A question turn that asks why ("Why do you think it is so?"): the answer turn after it gives a reason. */
export function asksReason(turn: readonly Sentence[], p: LanguagePack): boolean {
  return turn.some((s) => p.questionRules.some((r) => r.kind === 'reason' && r.pattern.test(fold(s.text))));
}

/**
 * The unit opens the answer to a question turn that asks why: "Why do you think it is so?" / "First of all I think
 * they have bad teachers." answers it most directly, whatever the later sentences of the turn explain.
 */
export function opensReasonTurn(unit: Sentence, view: TextView, p: LanguagePack): boolean {
  const turn = view.questionTurn(unit);
  return turn.some((s) => s.index === unit.index - 1) && asksReason(turn, p);
}
