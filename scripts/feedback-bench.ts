/**
 * Votes per second of the feedback store at 100k votes (issue #17): records --votes votes (default 100,000; 25,000
 * answers, 4 users each, a fifth of them changed later) through FeedbackStore.vote, each awaited as the bot does, into a
 * temporary DATA_DIR, and reports the rate over the first and the last 10,000, the file size, and the time to open
 * the store again. Not part of npm test.
 *
 *   node --import tsx scripts/feedback-bench.ts [--votes 100000] [--json]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEEDBACK_FILE, FeedbackStore } from '../src/discord/feedback.js';

const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
const total = process.argv.includes('--votes') ? Number(arg('--votes')) : 100_000;
if (!Number.isInteger(total) || total < 20_000) throw new Error('--votes must be a whole number of at least 20000');

const dir = mkdtempSync(join(tmpdir(), 'bron-feedback-bench-'));
try {
  const store = await FeedbackStore.open(dir);
  const window = 10_000;
  const marks: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    if (i % window === 0) marks.push(performance.now());
    const answer = `a${i % Math.ceil(total / 4)}`;
    const user = `u${Math.floor(i / Math.ceil(total / 4))}`;
    await store.vote(answer, user, i % 5 === 0 ? 'down' : 'up');
  }
  marks.push(performance.now());
  await store.flush();
  const totalS = (performance.now() - t0) / 1000;
  const rate = (a: number, b: number) => Math.round(window / ((b - a) / 1000));
  const t1 = performance.now();
  const reopened = await FeedbackStore.open(dir);
  const openMs = performance.now() - t1;
  const report = {
    votes: total,
    seconds: Math.round(totalS * 100) / 100,
    votesPerSecondFirst10k: rate(marks[0]!, marks[1]!),
    votesPerSecondLast10k: rate(marks.at(-2)!, marks.at(-1)!),
    fileMb: Math.round((statSync(join(dir, FEEDBACK_FILE)).size / 2 ** 20) * 10) / 10,
    reopenMs: Math.round(openMs),
    countsMatch: JSON.stringify(reopened.counts) === JSON.stringify(store.counts),
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
  else
    process.stdout.write(
      `feedback: ${report.votes} votes in ${report.seconds} s; ${report.votesPerSecondFirst10k} votes/s over the first 10k, ` +
        `${report.votesPerSecondLast10k} votes/s over the last 10k; ${report.fileMb} MB on disk; reopened in ${report.reopenMs} ms` +
        `${report.countsMatch ? '' : ' (COUNTS DIFFER)'}\n`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
