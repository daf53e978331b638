import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { QUESTION, replyTo, TOKEN, temp } from './harness.js';

/**
 * The bot as a service runs it: `npm run build` (tsc → dist/), then `npm start`, which is `node dist/…` — no tsx at
 * run time — so a SIGTERM to `npm start` reaches the bot and stops it, instead of leaving it running.
 */
const run = promisify(execFile);
const tmp = temp('bron-service-');
let fake: FakeDiscord;
let npm: ChildProcess | undefined;

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  EMBEDDINGS: 'local',
  LOG_LEVEL: 'info',
  INDEX_DIR: join(tmp.dir, 'index'),
  DATA_DIR: join(tmp.dir, 'data'),
  WATCH_CORPUS: 'false',
  ...extra,
});

/** Every process below `pid` (children, grandchildren, …), from ps. */
function descendants(pid: number): { pid: number; args: string }[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l)!)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  const found: { pid: number; args: string }[] = [];
  const walk = (p: number) => {
    for (const r of rows.filter((x) => x.ppid === p)) {
      found.push({ pid: r.pid, args: r.args });
      walk(r.pid);
    }
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  fake = await startFakeDiscord();
  // Bounded: tsc over src/ and commands/ takes 10–60 s depending on how busy the machine is.
  await run('npm', ['run', '-s', 'build'], { timeout: 240_000 });
}, 250_000);

afterAll(async () => {
  if (npm?.pid) for (const p of descendants(npm.pid)) if (alive(p.pid)) process.kill(p.pid, 'SIGKILL');
  npm?.kill('SIGKILL');
  await fake?.close();
  tmp.cleanup();
});

describe('running as a service', { timeout: 60_000 }, () => {
  it('npm start runs the compiled bot with node; it answers; SIGTERM to npm start stops the bot process', async () => {
    let output = '';
    npm = spawn('npm', ['start'], {
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    npm.stdout!.on('data', (d) => (output += d));
    npm.stderr!.on('data', (d) => (output += d));
    await expect.poll(() => output.includes('Bron is online'), { timeout: 45_000, interval: 100 }).toBe(true);

    // npm runs the script through sh; the bot is the node process running the compiled entry.
    const bot = descendants(npm.pid!).find((p) => /^(\S*\/)?node dist\/src\/discord\/main\.js/.test(p.args));
    expect(bot, JSON.stringify(descendants(npm.pid!))).toBeDefined();
    expect(descendants(npm.pid!).some((p) => p.args.includes('tsx'))).toBe(false);

    const asked = fake.sendMessage({ content: QUESTION, mentionBot: true });
    expect((await replyTo(fake, asked, 15_000)).body.embeds[0].description).toContain('10.000');

    const exited = new Promise<number | null>((r) => npm!.once('exit', (code) => r(code)));
    npm.kill('SIGTERM');
    await exited;
    await expect.poll(() => alive(bot!.pid), { timeout: 15_000, interval: 100 }).toBe(false);
    expect(output).toContain('Bron stopped'); // it shut down cleanly, not killed
    expect(output).not.toContain(TOKEN);
  });

  it('--help on start, start:sharded and deploy-commands prints usage and starts nothing, with no token', async () => {
    for (const script of ['start', 'start:sharded', 'deploy-commands']) {
      const r = await run('npm', ['run', '-s', script, '--', '--help'], { env: env(), timeout: 30_000 });
      expect(r.stdout, script).toMatch(/^Usage: npm (start|run start:sharded|run deploy-commands) -- \[options\]/);
      expect(r.stdout, script).toContain('DISCORD_TOKEN');
    }
  });
});
