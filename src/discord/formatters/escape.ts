import { escapeMarkdown } from 'discord.js';

/**
 * Text Bron did not write (questions, article fields, quotes, generated answers) as it may appear in a message:
 * Markdown escaped so it shows as typed (backslashes first, so none can cancel ours), every `[` and `]` escaped so
 * no masked link `[label](url)` can form — discord.js's escapeMaskedLink escapes only the first `[` of a line, so
 * `[1] [x](https://evil)` stayed a live, disguised link — and mentions broken, so nothing can ping.
 * `inline`: a fragment inside a line, where heading and list markers cannot apply.
 */
export function escapeUntrusted(text: string, opts: { inline?: boolean } = {}): string {
  const lineStart = !opts.inline;
  const escaped = escapeMarkdown(text, {
    heading: lineStart,
    bulletedList: lineStart,
    numberedList: lineStart,
    maskedLink: false,
  });
  return neutraliseMentions(escaped.replace(/[[\]]/g, '\\$&'));
}

/**
 * `@everyone` → `@\u200beveryone`, `<@123>` → `<@\u200b123>` (also roles `<@&…>`), so nothing resolves to a
 * ping.
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}
