/** A regular expression written in parts, so a long alternation reads one line of choices at a time. */
export function re(parts: readonly string[], flags = ''): RegExp {
  return new RegExp(parts.join(''), flags);
}

/** A word list written as lines of space-separated words. */
export function list(...lines: string[]): string[] {
  return lines.flatMap((l) => l.split(' ')).filter(Boolean);
}

/** Text as a regular expression that matches it literally: a sign, a name written into a pattern. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
