import type { Question } from '../../src/answer/question.js';

/** The stems that match one of the question's words in articles of a language, as `analyse` made them. */
export function groupForms(q: Question, id: string, lang: string): string[] {
  return [...(q.groups.find((g) => g.id === id)?.forms.get(lang) ?? [])];
}
