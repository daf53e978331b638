import { readFileSync } from 'node:fs';
import type { EvalQuestion } from '../../eval/evaluate.js';

/** A question of eval/questions.json or test/fixtures/questions.json (format in eval/README.md). */
export type Question = EvalQuestion;

export function loadQuestions(path: string): Question[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Question[];
}
