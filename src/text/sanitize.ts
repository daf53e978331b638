export class QuestionError extends Error {
  override name = 'QuestionError';
}

export interface CleanQuestion {
  text: string;
  /** Set when the question had to be changed in a way the asker should know about. */
  notice?: string;
}

/**
 * Makes any user text safe to analyse: well-formed UTF-16 (lone surrogates replaced), no control or invisible
 * characters, collapsed whitespace, and at most `maxChars` characters (cut at a word boundary, with a notice).
 * Throws QuestionError with a message for the asker when nothing askable is left.
 */
export function cleanQuestion(raw: unknown, maxChars: number): CleanQuestion {
  if (typeof raw !== 'string')
    throw new QuestionError('Ask a question as text, e.g. "What do the articles say about …?"');
  let text = raw
    .toWellFormed()
    // Default-ignorable code points render as nothing: zero-width and bidi controls, soft hyphen U+00AD, Arabic
    // letter mark U+061C, Hangul fillers U+115F/U+1160/U+3164/U+FFA0, variation selectors, tag characters
    // U+E0000-E0FFF. Left in, they split words ("sol\u00ADdaten") so the question no longer matches the articles.
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/[\p{Cc}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let notice: string | undefined;
  if (text.length > maxChars) {
    // Never cut between the two halves of a surrogate pair (an emoji at the limit would leave a lone surrogate).
    const cut = text.slice(0, /[\uD800-\uDBFF]/.test(text[maxChars - 1] ?? '') ? maxChars - 1 : maxChars);
    const space = cut.lastIndexOf(' ');
    text = (space > maxChars * 0.8 ? cut.slice(0, space) : cut).trim();
    notice =
      `Your question was ${raw.length.toLocaleString('en-US')} characters long; ` +
      `only the first ${text.length.toLocaleString('en-US')} were used.`;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new QuestionError(
      text.length === 0
        ? 'The question is empty. Ask something about the articles, e.g. "What happened?"'
        : 'The question has no words in it. Ask something about the articles, e.g. "What happened?"',
    );
  }
  return notice ? { text, notice } : { text };
}
