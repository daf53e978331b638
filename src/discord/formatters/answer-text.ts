import { type Answer, type Citation, writtenFigure } from '../../answer/types.js';
import { languageName, type Messages } from '../i18n.js';
import { escapeInline, escapeText } from './text.js';

const REF = /\[(\d+)\]/g;

function refsIn(line: string): number[] {
  return [...line.matchAll(REF)].map((m) => Number(m[1]));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a claim line only repeats quotes that are shown under their article anyway. */
function repeatsQuotes(line: string, refs: number[], byN: Map<number, Citation>): boolean {
  const flat = squash(line);
  return refs.every((n) => {
    const c = byN.get(n);
    return c !== undefined && flat.includes(squash(c.quote));
  });
}

/**
 * The lines of the answer text worth showing above the quotes: the first (framing) line, then the claim lines that
 * say something the quotes below do not — not the ones that only repeat a quote, and not the figure lines, which are
 * drawn from `figures`. A heading without a claim line left under it goes too.
 */
export function claimLines(a: Answer): { head: string; claims: string[] } {
  const [head = '', ...rest] = a.answer.split('\n');
  const byN = new Map(a.citations.map((c) => [c.n, c]));
  const figureRefs = new Set((a.figures ?? []).map((f) => f.citation));
  const kept: (string | undefined)[] = rest.map((line) => {
    const refs = refsIn(line);
    if (refs.length === 0) return line.trim() ? line : undefined;
    if (a.figures?.length && refs.every((n) => figureRefs.has(n))) return undefined;
    return repeatsQuotes(line, refs, byN) ? undefined : line;
  });
  const claims: string[] = [];
  for (const [i, line] of kept.entries()) {
    if (line === undefined) continue;
    const isHeading = refsIn(line).length === 0;
    const next = kept.slice(i + 1).find((l) => l !== undefined);
    if (isHeading && (next === undefined || refsIn(next).length === 0)) continue;
    claims.push(line);
  }
  return { head, claims };
}

/** "• **10.000** — according to “Washington” [5]", one line per figure, in the asker's language. */
export function figureLines(a: Answer, m: Messages): string[] {
  const figures = a.figures ?? [];
  const checked = figures.some((f) => f.asked !== undefined);
  const found = figures.some((f) => f.asked);
  const out: string[] = checked && !found ? [m.statedNone] : [];
  for (const [i, f] of figures.entries()) {
    // A figure check: the reports that give the figure asked about come first, under their own heading.
    if (found && f.asked && i === 0) out.push(m.statedFound);
    if (found && f.asked === false && figures[i - 1]?.asked) out.push(m.statedOthers);
    // Figures of the same people that do not say what the question asks happened: apart, as the engine lists them.
    if (f.related && !figures[i - 1]?.related) out.push(m.otherFigures);
    const who = f.attribution ? m.according(escapeInline(f.attribution)) : m.noSourceNamed;
    // A figure written in words gets its value too: "drieduizend (3,000)"; "no deaths" says its zero itself.
    const value = /\d/.test(f.text) || f.value === 0 ? '' : ` (${new Intl.NumberFormat(m.locale).format(f.value)})`;
    out.push(`• **${escapeInline(writtenFigure(f))}**${value} — ${who} [${f.citation}]`);
  }
  return out;
}

/** One short line when the quotes are in another language than the question, e.g. Dutch quotes for an English asker. */
export function languageLine(a: Answer, m: Messages): string | undefined {
  const other = [...new Set(a.citations.map((c) => c.language).filter((l) => l && l !== a.language))];
  if (other.length === 0) return undefined;
  return m.quotesIn(other.map((l) => languageName(l, a.language)).join(', '));
}

/** The embed description: notices, then the answer (framing, figures, claims), then the language line. */
export function describeAnswer(a: Answer, m: Messages, understoodAs?: string): string {
  const { head, claims } = claimLines(a);
  const parts: string[] = [];
  if (a.notice) parts.push(`*${escapeText(a.notice)}*`);
  if (understoodAs) parts.push(`*${m.understoodAs}: ${escapeText(understoodAs)}*`);
  const body = [escapeText(head), ...figureLines(a, m), ...claims.map(escapeText)].filter(Boolean);
  parts.push(body.join('\n'));
  const lang = a.grounded ? languageLine(a, m) : undefined;
  if (lang) parts.push(`*${lang}*`);
  return parts.join('\n\n');
}
