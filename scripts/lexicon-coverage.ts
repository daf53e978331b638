/**
 * How much of what Dutch askers type the Dutch→English lexicon translates: every content word (no stop word, three
 * letters or more) of the Dutch dev questions of the eval sets, and the share with at least one translation.
 * Held-out questions are not read. Usage: npx tsx scripts/lexicon-coverage.ts [--missing]
 */
import { readFileSync } from 'node:fs';
import { pack } from '../src/lang/index.js';
import { translateTerm } from '../src/lang/lexicon.js';

const FILES = ['eval/questions.json', 'eval/corpora/nl-news/questions.json', 'eval/corpora/nl-wiki/questions.json'];
const DUTCH = /\b(?:wat|wie|waar|wanneer|hoeveel|welke|welk|waarom|hoe|is|zijn|heeft)\b/i;
const ENGLISH = /\b(?:the|what|who|how)\b/i;

const nl = pack('nl');
let words = 0;
let translated = 0;
const missing = new Map<string, number>();
for (const file of FILES) {
  for (const q of JSON.parse(readFileSync(file, 'utf8')) as { question: string; split?: string }[]) {
    if ((q.split ?? 'dev') !== 'dev' || !DUTCH.test(q.question) || ENGLISH.test(q.question)) continue;
    for (const w of q.question.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (nl.stopwords.has(w) || w.length < 3) continue;
      words++;
      if (translateTerm(w, 'nl', 'en').length > 0) translated++;
      else missing.set(w, (missing.get(w) ?? 0) + 1);
    }
  }
}
console.log(`Dutch content words: ${words}, translated: ${translated} (${(translated / words).toFixed(3)})`);
if (process.argv.includes('--missing'))
  console.log(
    [...missing.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([w, n]) => `${w} ${n}`)
      .join('\n'),
  );
