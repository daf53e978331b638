import type { Lang } from '../text/analyze.js';

export interface Citation {
  /** 1-based number used as [n] in the answer text. */
  n: number;
  articleId: string;
  title: string;
  /** Outlet and date, e.g. "NOS Nieuws, Oct 2024". */
  source: string;
  outlet: string;
  date: string;
  /** Language of the article (and so of the quote), e.g. nl or en. */
  language: string;
  /** Corpus path of the article, e.g. corpus/002-city-council-budget.md. */
  file: string;
  /** A verbatim sentence of the article: body.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  url?: string;
  /** Who wrote or spoke the article (front matter `author`), when given. */
  author?: string;
  /** Relevance of the quote to the question, 0..1. */
  score: number;
}

/** One figure reported by one article, for questions about a quantity the sources disagree on. */
export interface FigureClaim {
  value: number;
  /** The figure as written in the article ("10.000", "drieduizend"). */
  text: string;
  /** What it counts, as the article writes it after the figure ("Belgische supporters", "euro"), when it does. */
  noun?: string;
  /** A currency sign the article writes before the figure ("$"). */
  sign?: string;
  /** A word before it that says the figure is approximate or a bound, as written ("about", "zo’n", "ruim"). */
  approx?: string;
  /** Who the article says the figure comes from, verbatim ("het Amerikaanse ministerie van Defensie"), if named. */
  attribution?: string;
  citation: number;
  /** The article counts the same people or things but does not say what the question asks happened to them. */
  related?: boolean;
  /** The question checks a figure ("is it true that 10,000 …"): whether this one is it. */
  asked?: boolean;
}

/**
 * Which check refused, in the order `compose` applies them: names no article writes (strangers), no unit counting
 * the asked noun (count), answerability below the threshold (model), the asked speaker, relation or life event not
 * said (said), the asked measure, name, attribute or definition not given (unsaid), no sum for a price (price), no
 * article for an overview (overview).
 */
export type RefusalCheck = 'strangers' | 'count' | 'model' | 'said' | 'unsaid' | 'price' | 'overview';

export interface Answer {
  question: string;
  language: Lang;
  /** Short answer; every claim in it carries a [n] that points into `citations`. */
  answer: string;
  grounded: boolean;
  citations: Citation[];
  /** Set when the sources give different figures for the quantity asked about. */
  figures?: FigureClaim[];
  /** Message about the question itself, e.g. that it was shortened. */
  notice?: string;
  /** Best evidence score, the value the refusal threshold is compared with. */
  confidence: number;
  /** Set when refused: the check that refused (see RefusalCheck), for logs, `explain` and the eval's tally. */
  refusedBy?: RefusalCheck;
  /**
   * rerankMs (with a reranker): ranking the units and rescoring the best with the cross-encoder; composeMs the
   * rest.
   */
  timings: { retrieveMs: number; composeMs: number; rerankMs?: number; generateMs?: number };
  /** With LLM_PROVIDER: true when the text is the model's validated answer, false when it is the extractive one. */
  generated?: boolean;
  /** Why an LLM answer was not shown: timeout, error, empty, no-citations or too-many-removed (see src/generate). */
  fallback?: string;
}

/** The `ask --json` contract other tools depend on: exactly these fields. */
export interface AnswerJson {
  answer: string;
  grounded: boolean;
  citations: { title: string; source: string; file: string; quote: string; url?: string; score: number }[];
}

export function toJson(a: Answer): AnswerJson {
  return {
    answer: a.answer,
    grounded: a.grounded,
    citations: a.citations.map((c) => ({
      title: c.title,
      source: c.source,
      file: c.file,
      quote: c.quote,
      ...(c.url ? { url: c.url } : {}),
      score: Math.round(c.score * 1000) / 1000,
    })),
  };
}

/** A figure with its qualifier, sign and noun, as the article writes them: "about $4.2 billion", "900 new jobs". */
export function writtenFigure(f: Pick<FigureClaim, 'text' | 'noun' | 'sign' | 'approx'>): string {
  // "12% of children": a percent sign stands against its number.
  const noun = f.noun ? `${/^[%-]/.test(f.noun) ? '' : ' '}${f.noun}` : '';
  return `${f.approx ? `${f.approx} ` : ''}${f.sign ?? ''}${f.text}${noun}`;
}
