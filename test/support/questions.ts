import { readFileSync } from 'node:fs';

export interface Question {
  id: string;
  question: string;
  lang: 'en' | 'nl';
  tags: string[];
  answerable: boolean;
  articles: string[];
  expect: { article: string; quote: string }[];
}

export function loadQuestions(path: string): Question[] {
  return JSON.parse(readFileSync(path, 'utf8')) as Question[];
}
