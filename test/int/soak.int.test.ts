import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/**
 * `npm run soak` at a tiny scale (the 5-minute run is not part of npm test; its figures are in the README): the fake
 * Discord, the real bot as `npm start` in a child process, users and one spammer mentioning it at once.
 */
describe('npm run soak -- --json (smoke run: 4 questions from each of 6 users and 1 spammer)', () => {
  it('every question is answered, refused with a message or rate-limited — none lost; the bot stops cleanly with its stats on disk', async () => {
    const args = [
      '--import',
      'tsx',
      'scripts/soak.ts',
      '--json',
      '--questions',
      '4',
      '--users',
      '6',
      '--spammers',
      '1',
      '--concurrency',
      '4',
      '--think',
      '300',
      '--user-limit',
      '2',
      '--timeout',
      '10',
    ];
    const { stdout } = await run(process.execPath, args, {
      env: { ...process.env, LOG_LEVEL: 'warn' },
      timeout: 100_000,
    });
    const r = JSON.parse(stdout) as {
      sent: number;
      answered: number;
      refused: number;
      clearMessages: number;
      errors: number;
      dropped: number;
      lost: number;
      rateLimited: { notices: number; silenced: number };
      latencyMs: { p95: number };
      votes: { acknowledged: number; onDisk: number };
      bot: { stop: { code: number | null }; statsQuestions: number; loggedErrors: number; rssMb: { end: number } };
      problems: string[];
    };
    expect(r.problems).toEqual([]);
    expect(r.sent).toBe(7 * 4); // counted, not timed: a loaded machine asks as many as an idle one
    expect(r.lost).toBe(0);
    expect(r.errors).toBe(0);
    expect(r.sent).toBe(r.answered + r.refused + r.clearMessages + r.rateLimited.notices + r.dropped);
    expect(r.dropped).toBe(r.rateLimited.silenced);
    expect(r.answered).toBeGreaterThan(5);
    expect(r.clearMessages).toBeGreaterThan(0); // the whitespace-only question in the mix
    expect(r.rateLimited.notices).toBeGreaterThanOrEqual(1); // every user's third question passes --user-limit 2
    expect(r.latencyMs.p95).toBeGreaterThan(0);
    expect(r.bot.stop.code).toBe(0);
    expect(r.bot.statsQuestions).toBe(r.answered + r.refused);
    expect(r.votes.onDisk).toBe(r.votes.acknowledged);
    expect(r.bot.rssMb.end).toBeGreaterThan(0);
  }, 120_000);
});
