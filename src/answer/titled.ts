import type { Article } from '../corpus/article.js';
import type { Sentence } from '../ingest/sentences.js';
import { pack } from '../lang/index.js';
import { hasForm, inContextCompound } from './evidence.js';
import type { Group, Question } from './question.js';
import { sentenceStems, type TextView } from './text-view.js';

/** A question word only this many titles say is distinctive enough to bring their articles' units. */
const TITLED_ARTICLES = 1;
/** The most units one title brings. */
const TITLED_UNITS = 40;

const titleStems = new WeakMap<Article, Set<string>>();

function stemsOfTitle(a: Article): Set<string> {
  let s = titleStems.get(a);
  if (!s) {
    s = sentenceStems(a.title ?? '', a.language);
    titleStems.set(a, s);
  }
  return s;
}

/** The article's title says the group: one of its forms, or inside one of the title's compounds ("Wrakkenwet"). */
export function titleSays(g: Group, a: Article, q: Question): boolean {
  const stems = stemsOfTitle(a);
  const forms = [...(g.forms.get(a.language) ?? [])];
  if (forms.some((f) => stems.has(f))) return true;
  if (!pack(a.language).compounds) return false;
  return [...forms, ...(q.lang === a.language ? [g.id] : [])].some((f) => inContextCompound(f, stems, a.language));
}

/**
 * A statute's provisions say "het vaartuig", "de raad" where only its title says "Wrakkenwet", "Onderwijsraad"; a
 * biography's sentences say "he": passage retrieval, reading the body only, misses them. Where a question's word is
 * said by the title of one article only, its sentences that say another of the question's words. None for what
 * someone said: a title makes no sentence anyone's words. Only in a language that glues its words, whose titles hide
 * the topic in a compound the body never forms; over English titles it gained nothing and lost a held-out question.
 */
export function titledUnits(q: Question, view: TextView): { article: Article; sentence: Sentence }[] {
  const out: { article: Article; sentence: Sentence }[] = [];
  if (q.kind === 'speech') return out;
  for (const g of q.groups) {
    const hits = [...view.articles.values()].filter((a) => titleSays(g, a, q));
    if (hits.length === 0 || hits.length > TITLED_ARTICLES) continue;
    const others = q.groups.filter((o) => o !== g && !o.name && !q.speakers.includes(o));
    for (const article of hits.filter((a) => pack(a.language).compounds)) {
      const says = (s: Sentence) =>
        [...view.stemsOf(s)].some((t) => others.some((o) => hasForm(o, article.language, t)));
      const units = view.sentences(article.id).filter(says).slice(0, TITLED_UNITS);
      for (const sentence of units) out.push({ article, sentence });
    }
  }
  return out;
}
