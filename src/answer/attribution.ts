import { fold, type LanguagePack } from '../lang/index.js';

/** Longest attribution phrase kept, in words. */
const MAX_WORDS = 8;
// A number with a decimal or thousands comma ("18,5", "2,000") is one token: its comma sets no clause apart.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[,;:()“”"„!?]/gu;

/**
 * Who a sentence says a claim comes from, verbatim, so it can be quoted: "volgens het Amerikaanse ministerie van
 * Defensie", "according to US officials", "rapporten uit de Verenigde Staten", "Jansen zegt …". The pack gives the
 * words; the phrase is cut back to its last capitalised word (a name), or to its first content words when it names
 * no one ("according to officials").
 */
export function findAttribution(sentence: string, p: LanguagePack): string | undefined {
  const tokens = [...sentence.matchAll(TOKEN)];
  const folded = tokens.map((t) => fold(t[0]).replace(/[.]+$/, ''));
  for (let i = 0; i < tokens.length; i++) {
    const marker = attributionAt(folded, i, p);
    if (marker) {
      const phrase = phraseAt(sentence, tokens, i + marker, p, true);
      if (phrase) return phrase;
    }
    // "rapporten uit de Verenigde Staten", "reports from the United States"
    if (p.reportNouns.has(folded[i]!) && p.placePrepositions.has(folded[i + 1] ?? '')) {
      const name = phraseAt(sentence, tokens, i + 2, p);
      if (name && /\p{Lu}/u.test(name)) return joinFrom(sentence, tokens, i, name);
    }
  }
  // "Jansen zegt …", "de NOS meldt …": a name right before a verb of saying.
  for (let i = 1; i < tokens.length; i++) {
    // "the United States": a capitalised word inside a sentence is part of a name, no verb.
    if (!(p.sayingVerbs.has(folded[i]!) || sizesTally(folded, i, p)) || /^\p{Lu}/u.test(tokens[i]![0])) continue;
    const who = speakerOf(sentence, tokens, folded, i, p);
    if (who) return who;
  }
  return undefined;
}

/** Who says what the verb of saying at token `i` reports, when the words around it name someone. */
function speakerOf(
  sentence: string,
  tokens: RegExpMatchArray[],
  folded: readonly string[],
  i: number,
  p: LanguagePack,
): string | undefined {
  let j = i;
  while (j > 0 && /^\p{Lu}/u.test(tokens[j - 1]![0])) j--;
  // "Brancheorganisatie X komt op een hoger aantal: zij schat dat …": a pronoun after a colon is the name the
  // sentence opens with. Only a name: "De politie is voorzichtig: zij …" names no one by it.
  if (i >= 2 && p.subjectPronouns.has(folded[i - 1]!) && /^[:;]$/.test(tokens[i - 2]![0])) {
    const from = p.stopwords.has(folded[0]!) ? 1 : 0;
    const opening = phraseAt(sentence, tokens, from, p);
    const end = opening ? sentence.indexOf(opening, tokens[from]!.index!) + opening.length : 0;
    if (opening && /(?:^|\s)\p{Lu}/u.test(opening)) return sentence.slice(0, end);
  }
  // "Dat meldt de rampenbestrijdingsdienst AFAD.": after a pronoun for what was said before, the one who says it.
  if (
    j === i - 1 &&
    p.demonstratives.has(folded[j]!) &&
    (j === 0 || /[.!?]$/.test(sentence.slice(0, tokens[j]!.index).trim()))
  ) {
    const who = phraseAt(sentence, tokens, i + 1, p);
    if (who) return who;
  }
  // "In Veldhaven schatte de politie …": a name after a preposition is no subject; the verb came second, and the one
  // who says it stands after it.
  if (j < i && j > 0 && p.placePrepositions.has(folded[j - 1]!)) {
    const who = phraseAt(sentence, tokens, i + 1, p);
    return who && !p.subjectPronouns.has(fold(who)) ? who : undefined;
  }
  // "Hij zei", "He said": a capitalised pronoun opening the sentence names no one.
  if (j < i && !(j === 0 && i === 1 && p.stopwords.has(folded[0]!)))
    return verbatim(sentence, tokens[j]!, tokens[i - 1]!);
  // "…, the organisers said", "de politie schat …": a definite noun phrase right before the verb.
  const definite = participle(tokens, folded, i, p) ? undefined : definiteBefore(sentence, tokens, folded, i, p);
  return definite ?? speakerByComma(sentence, tokens, folded, i, p);
}

/**
 * The verb of saying at token `i` is a participle, no finite verb: "the category reported by the respondent" (its
 * agent follows), "the current estimated case fatality rate", "the various reported reasons" (it qualifies the noun
 * after it); or a noun: "the police report was filed" (an auxiliary follows). The words before it then name no one
 * who says anything.
 */
function participle(tokens: RegExpMatchArray[], folded: readonly string[], i: number, p: LanguagePack): boolean {
  const next = folded[i + 1];
  // "The 131-page report was found …": before an auxiliary, the word is the subject's noun, no verb.
  if (next === p.agentMarker || p.auxiliaries.has(next ?? '')) return true;
  if (!next || !p.passiveParticiple.test(folded[i]!) || !/^\p{Ll}/u.test(tokens[i + 1]![0])) return false;
  return !p.stopwords.has(next) && !p.determiners.has(next);
}

/** The speaker a comma sets apart: "…, police said", "the organisers, the housing movement X, said", "…, zei X". */
function speakerByComma(
  sentence: string,
  tokens: RegExpMatchArray[],
  folded: readonly string[],
  i: number,
  p: LanguagePack,
): string | undefined {
  if (tokens[i - 1]![0] !== ',') {
    // "…, police said", "…, but organisers said": after a comma or a word of contrast, words that are no function
    // words right before the verb.
    const opens = (t: RegExpMatchArray) => t[0] === ',' || p.contrasts.has(fold(t[0]));
    const at = tokens.slice(Math.max(0, i - 4), i).findLastIndex(opens);
    const from = at < 0 ? -1 : Math.max(0, i - 4) + at + 1;
    if (from > 0 && folded.slice(from, i).every((w) => /^\p{L}/u.test(w) && !p.stopwords.has(w)))
      return verbatim(sentence, tokens[from]!, tokens[i - 1]!);
    return undefined;
  }
  // "the organisers, the housing movement Casa Para Todos, said …": the phrase before an apposition.
  const open = tokens.slice(Math.max(0, i - 10), i - 1).findLastIndex((t) => t[0] === ',');
  const apposed = open >= 0 ? definiteBefore(sentence, tokens, folded, Math.max(0, i - 10) + open, p) : undefined;
  if (apposed) return apposed;
  // "…, meldt de politie", "…, said the mayor": the verb after a comma, the one who says it after the verb.
  const who = phraseAt(sentence, tokens, i + 1, p);
  // "…, zei hij": a pronoun names no one. "Lumo, founded in 2018, says the X2 will receive …": what follows the verb
  // is what is said, its subject before an auxiliary, and the speaker came before the comma.
  if (!who || p.subjectPronouns.has(fold(who))) return undefined;
  if (!p.auxiliaries.has(folded[after(tokens, i + 1, who)] ?? '')) return who;
  // The speaker is the name the sentence opens with, set apart by the clause the comma closes.
  const name = tokens.findIndex((t) => !/^\p{Lu}/u.test(t[0]));
  if (name > 0 && tokens[name]![0] === ',' && !p.stopwords.has(folded[0]!))
    return verbatim(sentence, tokens[0]!, tokens[name - 1]!);
  return undefined;
}

/** "the agency put the number at 9,000", "de politie hield het aantal op 300": a verb giving a count, as a source. */
function sizesTally(folded: readonly string[], i: number, p: LanguagePack): boolean {
  const [det, tally, of, ...then] = folded.slice(i + 1, i + 6);
  const verb = /^\p{L}/u.test(folded[i]!) && !p.stopwords.has(folded[i]!);
  const sized = p.numbers.sizeOf.has(of ?? '') && then.some((w) => /^\d/.test(w)); // "at 9,000", "at about 9,000"
  return verb && p.determiners.has(det ?? '') && p.numbers.tallies.has(tally ?? '') && sized;
}

/**
 * A definite noun phrase of two to four words ending right before token `end` ("the organisers", "de politie"),
 * verbatim; none across a punctuation mark.
 */
function definiteBefore(
  sentence: string,
  tokens: RegExpMatchArray[],
  folded: readonly string[],
  end: number,
  p: LanguagePack,
): string | undefined {
  for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
    if (/^[,;:()“”"„!?]$/.test(tokens[k]![0])) return undefined;
    if (p.determiners.has(folded[k]!) && k < end - 1) return verbatim(sentence, tokens[k]!, tokens[end - 1]!);
  }
  return undefined;
}

/**
 * A sentence's parts between the pack's contrast words ("while", "terwijl"), each with where it starts: "Police
 * estimated the crowd at 20,000, while the organisers … said 80,000" has a source on each side.
 */
export function contrastClauses(text: string, p: LanguagePack): { from: number; text: string }[] {
  const cuts = [...text.matchAll(/[\p{L}]+/gu)]
    .filter((m) => p.contrasts.has(fold(m[0])) && !correcting(text, m.index, m[0], p))
    .map((m) => m.index);
  return [0, ...cuts].map((from, i) => ({ from, text: text.slice(from, cuts[i] ?? text.length) }));
}

/** "niet 450 maar 600 banen": the "maar" of a corrected figure goes on with the same claim, by the same source. */
function correcting(text: string, at: number, word: string, p: LanguagePack): boolean {
  const denied = /\d[\d.,]*(?=\s*$)/u.exec(text.slice(0, at));
  return (
    !!denied &&
    p.numbers.correction.but.has(fold(word)) &&
    correctedNumber(text, denied.index, denied.index + denied[0].length, p)
  );
}

/**
 * "niet 450 maar 600 banen", "not 450 but 600 jobs": the number between `start` and `end` is denied by the word before
 * it and replaced by the number after the pack's "but".
 */
export function correctedNumber(text: string, start: number, end: number, p: LanguagePack): boolean {
  const { not, but } = p.numbers.correction;
  const denied = /([\p{L}]+)\s+$/u.exec(text.slice(0, start))?.[1];
  const after = /^\s+([\p{L}]+)\s+\d/u.exec(text.slice(end))?.[1];
  return !!denied && not.has(fold(denied)) && !!after && but.has(fold(after));
}

/** The index of the first token past a phrase that starts at token `from`. */
function after(tokens: RegExpMatchArray[], from: number, phrase: string): number {
  const end = tokens[from]!.index! + phrase.length;
  const k = tokens.findIndex((t, n) => n >= from && t.index! >= end);
  return k < 0 ? tokens.length : k;
}

/** How many words from `i` on are one of the pack's attribution phrases ("volgens", "according to"); 0 when none. */
export function attributionAt(folded: readonly string[], i: number, p: LanguagePack): number {
  const phrase = p.attribution.find((a) => a.split(' ').every((w, k) => folded[i + k] === w));
  return phrase ? phrase.split(' ').length : 0;
}

/** The phrase after an attribution word, up to punctuation, a number or a verb, ending at its last name. */
function phraseAt(
  sentence: string,
  tokens: RegExpMatchArray[],
  from: number,
  p: LanguagePack,
  toPunctuation = false,
): string | undefined {
  const taken: RegExpMatchArray[] = [];
  // Whether the phrase ran to a punctuation mark or the sentence's end: then all of it names the source.
  let closed = true;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]![0];
    if (/^[,;:()“”"„!?]$/.test(t)) break;
    // A function word that cannot stand inside a name ends the phrase ("… Staten waarin wordt …").
    const f = fold(t);
    if (
      taken.length >= MAX_WORDS ||
      /^\d/.test(t) ||
      (taken.length > 0 && p.stopwords.has(f) && !p.nameParticles.has(f))
    ) {
      closed = false;
      break;
    }
    taken.push(tokens[k]!);
  }
  let last = -1;
  for (let k = 0; k < taken.length; k++) if (/^\p{Lu}/u.test(taken[k]![0])) last = k;
  // "according to Turkish officials, as …": after an attribution phrase, the words after the last name are the
  // source's noun when nothing but a punctuation mark ends them ("volgens het ministerie van Defensie bevinden zich …"
  // ends at "Defensie"). After a verb of saying they are not ("…, erkent Huisinga tevens").
  if (toPunctuation && last >= 0 && closed && taken.length - last <= 3) last = taken.length - 1;
  let keep: RegExpMatchArray[];
  if (last >= 0) keep = taken.slice(0, last + 1);
  else {
    // No name: the first content words ("officials", "experts"), skipping a leading article.
    keep = [];
    for (const t of taken) {
      const f = fold(t[0]);
      if (p.stopwords.has(f)) {
        if (keep.length > 0) break;
        continue;
      }
      // "Volgens de politie kwamen er 5.000": the verb the fronted source is followed by ends it.
      if (keep.length > 0 && p.irregularVerbs?.forms.has(f)) break;
      keep.push(t);
      if (keep.length >= 3) break;
    }
  }
  if (keep.length === 0) return undefined;
  return verbatim(sentence, keep[0]!, keep.at(-1)!);
}

/** The text from the first token to the last, verbatim, without the last token's closing dots. */
function verbatim(sentence: string, first: RegExpMatchArray, last: RegExpMatchArray): string {
  return sentence.slice(first.index!, last.index! + last[0].replace(/[.]+$/, '').length);
}

/** The report noun through the end of the name that follows it, verbatim. */
function joinFrom(sentence: string, tokens: RegExpMatchArray[], i: number, name: string): string {
  const start = tokens[i]!.index!;
  const at = sentence.indexOf(name, start);
  return sentence.slice(start, at + name.length).replace(/[.]+$/, '');
}
