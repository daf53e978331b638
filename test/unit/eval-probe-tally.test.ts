import { describe, expect, it } from 'vitest';
import { empty, probeCorpus, render } from '../../eval/probe-tally.js';
import type { ProbeQuestion } from '../../eval/probes.js';
import { alteredAnswers, engineWith } from '../support/engine.js';

/** The probe runner's counting, over a real engine on two hand-made articles. */
const engine = engineWith('bron-probe-tally-', {
  bakery: {
    title: 'Bakkerij Jansen',
    outlet: 'Stadskrant',
    date: '2024-03-01',
    language: 'nl',
    body: 'Bakkerij Jansen opende in 1921 aan de Markt.\n\nDe bakkerij bakt elke dag 1500 broden in twee ovens.',
  },
  harbour: {
    title: 'De haven van Vlissingen',
    outlet: 'Stadskrant',
    date: '2024-03-02',
    language: 'nl',
    body: 'De haven van Vlissingen telt drie sluizen.\n\nDe grootste sluis werd in 1905 gebouwd.',
  },
});

const questions: ProbeQuestion[] = [
  { question: 'Hoeveel broden bakt de bakkerij elke dag?', answers: ['1500'], answerable: true },
  { question: 'In welk jaar werd de grootste sluis gebouwd?', answers: ['1905'], answerable: true },
  // The articles give no such figure: the answer string can be in no answer.
  { question: 'Hoeveel sluizen telt de haven van Vlissingen?', answers: ['zeven sluizen'], answerable: true },
  { question: 'Wie was de burgemeester van Tokio in 1921?', answers: [], answerable: false },
];

describe('probeCorpus', () => {
  it('counts answers in the first quote and anywhere, beside BM25, and unanswerable ones refused', async () => {
    const lines: string[] = [];
    const t = await probeCorpus(engine(), questions, (outcome, q) => lines.push(`${outcome} ${q.question}`));
    expect(t.answerable).toBe(3);
    expect(t.unanswerable).toBe(1);
    expect(t.first).toBe(2);
    expect(t.anywhere).toBe(2);
    expect(t.bm25Anywhere).toBe(2);
    expect(t.refused).toBe(1);
    expect(t.cited).toBeGreaterThan(0);
    expect(t.supported).toBe(t.cited);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^FIRST Hoeveel broden/);
    expect(lines[2]).toMatch(/^(NOWHERE|REFUSED\(\w+\)) Hoeveel sluizen/);
    expect(lines[3]).toMatch(/^U-REFUSED Wie was de burgemeester/);
  });
});

describe('citation support', () => {
  it('flags an answer whose text states a figure its quote does not give', async () => {
    // The answer's year changed after the fact: its [n] no longer supports it.
    const altered = alteredAnswers(engine(), (text) => text.replace('1905', '1906'));
    const lines: string[] = [];
    const t = await probeCorpus(altered, [questions[1]!], (outcome) => lines.push(outcome));
    expect(t.cited).toBeGreaterThan(t.supported);
    expect(lines[0]).toMatch(/^UNSUPPORTED\(\d+\)\+FIRST$/);
  });
});

describe('render', () => {
  it('prints a row per corpus and their sum, with shares', () => {
    const a = { ...empty(), answerable: 4, first: 3, anywhere: 4, bm25First: 1, bm25Anywhere: 2 };
    const b = { ...empty(), answerable: 1, first: 1, anywhere: 1, unanswerable: 2, refused: 1, cited: 4, supported: 3 };
    const table = render(
      'demo',
      new Map([
        ['x', a],
        ['y', b],
      ]),
    );
    expect(table).toContain('### probe demo');
    expect(table).toContain('| x | 3/4 (0.750) | 4/4 (1.000) | 1/4 (0.250) | 2/4 (0.500) | — | — |');
    expect(table).toContain(
      '| all | 4/5 (0.800) | 5/5 (1.000) | 1/5 (0.200) | 2/5 (0.400) | 1/2 (0.500) | 3/4 (0.750) |',
    );
  });
});
