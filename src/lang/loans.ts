import { pack } from './index.js';

/**
 * The word as a language that borrowed it too would write it: "concession" → "concessie", "organisatie" →
 * "organisation", "historisch" → "historical". Both packs' `loanEndings` by their shared key; the longest ending wins.
 * A guess, not a translation: the caller looks for it in articles only, where a form nobody wrote matches nothing.
 */
export function loanForms(word: string, from: string, to: string): string[] {
  const own = pack(from).loanEndings;
  const other = pack(to).loanEndings;
  const keys = Object.keys(own)
    .filter((k) => other[k] !== undefined && word.endsWith(own[k]!) && word.length - own[k]!.length >= 3)
    .sort((a, b) => own[b]!.length - own[a]!.length);
  const ending = keys[0] === undefined ? undefined : own[keys[0]];
  const out = keys.filter((k) => own[k] === ending).map((k) => word.slice(0, -ending!.length) + other[k]!);
  return [...new Set(out)].filter((f) => f !== word);
}
