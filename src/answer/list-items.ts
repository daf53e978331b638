import type { Sentence } from '../ingest/sentences.js';

/** How many lines above an item its list's lead-in may stand (a definitions list runs to twenty terms or more). */
const MAX_ITEMS_BACK = 40;

/** How a line of a list is marked: "a." / "(a)" / "a)", "1°", "1." / "1)", "-" / "•" / "*", or "term: definition". */
type Marker = 'letter' | 'degree' | 'number' | 'bullet' | 'field' | 'none';

interface Line {
  start: number;
  end: number;
  marker: Marker;
  /** The line ends with a colon: it leads in what follows. */
  leads: boolean;
  /** The line ends a sentence (".", "!", "?"): a list's last item, or no item at all. */
  closes: boolean;
}

/** A label before a colon, a few words long, then the value: "college: college van burgemeester en wethouders;". */
const FIELD = /^[\p{L}\p{N}][\p{L}\p{N} '’-]{0,40}?:\s+\S/u;

function markerOf(text: string): Marker {
  if (/^(?:\(?\p{Ll}\)|\p{Ll}\.)\s/u.test(text)) return 'letter';
  if (/^\d+°\.?\s/u.test(text)) return 'degree';
  if (/^\(?\d+[.)]\s/u.test(text)) return 'number';
  if (/^[-–•*·]\s/u.test(text)) return 'bullet';
  return FIELD.test(text) ? 'field' : 'none';
}

/** The body's lines that hold anything, with how each is marked and ends. */
function linesOf(body: string): Line[] {
  const out: Line[] = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    const text = m[0].trim();
    if (text === '') continue;
    const start = m.index + m[0].indexOf(text);
    out.push({
      start,
      end: start + text.length,
      marker: markerOf(text),
      leads: /:\s*$/u.test(text),
      closes: /[.!?][\s”"’»)]*$/u.test(text),
    });
  }
  return out;
}

/**
 * The line a list item's line is led in by, if any: walking up over items marked as it is and over the lines of a
 * list nested in one of them (open: not ending a sentence), to the nearest line ending in a colon that is not an item
 * of the same list ("De ketting moet voldoen aan de volgende eisen:" above "b. het gewicht mag ten hoogste …;").
 * An unmarked line is no item; an item's list ends at a line that closes a sentence and is marked otherwise.
 */
function leadLine(lines: Line[], i: number): number {
  const own = lines[i]!.marker;
  if (own === 'none') return -1;
  for (let j = i - 1; j >= 0 && j >= i - MAX_ITEMS_BACK; j--) {
    const l = lines[j]!;
    if (l.marker === own) {
      // A field line's list is of open items ("term: definition;"); an item ending a sentence ends its list.
      if (own === 'field' && l.closes) return -1;
      continue;
    }
    if (l.leads) return j;
    if (l.marker === 'none' || l.closes) return -1;
  }
  return -1;
}

/**
 * For each sentence of an article, the index of the sentence that leads in the list its line is an item of (the last
 * sentence of the lead-in line, ending in a colon), or -1.
 */
export function listLeads(body: string, sentences: readonly Sentence[]): number[] {
  const lines = linesOf(body);
  const lastOf = new Map<number, number>();
  const lineOf: number[] = [];
  let li = 0;
  for (const s of sentences) {
    while (li < lines.length - 1 && lines[li]!.end < s.start) li++;
    lineOf.push(li);
    lastOf.set(li, s.index);
  }
  return sentences.map((s) => {
    const lead = lines.length > 0 ? leadLine(lines, lineOf[s.index]!) : -1;
    return lead < 0 ? -1 : (lastOf.get(lead) ?? -1);
  });
}
