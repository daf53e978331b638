import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { copyCorpus } from '../support/corpus.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord/index.js';
import { nodeArgs } from '../support/node-args.js';
import { checkAnswerFields, newUser, QUESTION, replyTo, TOKEN, temp } from './harness.js';

/**
 * `npm run start:sharded` for real: src/discord/sharded.ts as a child process runs discord.js's ShardingManager in
 * process mode, which forks main (main.js next to the compiled sharded.js, main.ts through tsx) once per shard. The fake Discord recommends 2 shards and
 * has 2 guilds, one per shard; each shard process logs in with its own gateway session and sees only its guild.
 */
let fake: FakeDiscord;
const tmp = temp('bron-e2e-sharded-');
const BAD_TOKEN = 'bron-e2e-REJECTED-sharded-token.xyz';
let manager: ChildProcess | undefined;
let output = '';
const shardPids = new Set<number>();
let corpusDir: string;

beforeAll(async () => {
  corpusDir = copyCorpus(tmp.dir);
  fake = await startFakeDiscord({ shards: 2, guilds: 2 });
  fake.invalidTokens.add(BAD_TOKEN);
});

afterAll(async () => {
  // Whatever happened in the tests, no process is left behind.
  if (manager && manager.exitCode === null && manager.signalCode === null) manager.kill('SIGKILL');
  for (const pid of shardPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await fake?.close();
  tmp.cleanup();
});

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of Object.keys(base))
    if (k.startsWith('DISCORD_') || k === 'SHARDS' || k === 'SHARD_COUNT' || k.startsWith('SHARDING_')) delete base[k];
  return {
    ...base,
    EMBEDDINGS: 'local',
    CORPUS_DIR: corpusDir,
    INDEX_DIR: join(tmp.dir, 'index'),
    DATA_DIR: join(tmp.dir, 'data'),
    DISCORD_API_BASE: fake.apiBase,
    DISCORD_SHARD_SPAWN_DELAY_MS: '0',
    DISCORD_SHARD_READY_TIMEOUT_MS: '25000',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    ...extra,
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The JSON log lines of the manager and its shards (they share its stdout/stderr). */
const logLines = () =>
  output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return {};
      }
    });

const field = (embed: { fields: { name: string; value: string }[] }, name: string | RegExp) =>
  embed.fields.find((f) => (typeof name === 'string' ? f.name === name : name.test(f.name)))?.value;

// Generous bounds: two shard processes each load the engine, which takes 25 s+ on a busy 2-core machine.
describe('npm run start:sharded', { timeout: 90_000 }, () => {
  it('a rejected token: one clear line and a non-zero exit before any shard starts', async () => {
    const r = await new Promise<{ code: number; stderr: string; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        nodeArgs('src/discord/sharded.ts'),
        { env: env({ DISCORD_TOKEN: BAD_TOKEN }), timeout: 20_000 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('{'))).toEqual([
      'bron: Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token again from the developer portal (Bot tab)',
    ]);
    expect(r.stdout + r.stderr).not.toContain(BAD_TOKEN);
    expect(r.stderr).not.toContain('shard process started');
  });

  it('a bad DISCORD_SHARD_COUNT: the variable, what is wrong, exit 2', async () => {
    const r = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        nodeArgs('src/discord/sharded.ts'),
        { env: env({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_COUNT: 'two' }), timeout: 20_000 },
        (err, _out, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }),
      ),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /DISCORD_SHARD_COUNT: must be auto .* or a whole number of shards, at least 1 \(got "two"\)/,
    );
  });

  it('a shard that cannot start: one line naming the shard and its error, the start is given up, exit 1', async () => {
    // Through tsx, as `npm run dev:sharded` runs: the manager then forks main.ts with tsx (the other tests run the
    // JavaScript of nodeArgs, whose manager forks main.js under plain node).
    const r = await new Promise<{ code: number; stderr: string; stdout: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/discord/sharded.ts'],
        {
          env: env({
            DISCORD_TOKEN: TOKEN,
            CORPUS_DIR: join(tmp.dir, 'no-such-corpus'),
            INDEX_DIR: join(tmp.dir, 'index-unused'),
          }),
          timeout: 25_000,
        },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('bron: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bron: shard 0: .*no-such-corpus/);
    // Shard 1 was never started: the manager gives up at the first shard that fails.
    const started = r.stderr.split('\n').filter((l) => l.includes('"shard process started"'));
    expect(started).toHaveLength(1);
  });

  it('two shard processes, one guild each: both answer mentions with verbatim quotes; /stats adds up both shards; SIGTERM stops all', async () => {
    manager = spawn(process.execPath, nodeArgs('src/discord/sharded.ts'), {
      env: env({ DISCORD_TOKEN: TOKEN, DISCORD_SHARD_COUNT: 'auto' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stdout!.on('data', (d) => (output += d));
    manager.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => manager!.on('exit', (code) => resolve(code)));
    const online = () => logLines().some((l) => l.msg === 'all shards are online');
    await expect.poll(() => online() || manager!.exitCode !== null, { timeout: 60_000, interval: 100 }).toBe(true);
    for (const l of logLines())
      if (l.msg === 'shard process started' && typeof l.pid === 'number') shardPids.add(l.pid);
    expect(online(), output.slice(-3000)).toBe(true);
    expect(shardPids.size).toBe(2);
    expect(shardPids.has(manager.pid!)).toBe(false);
    await fake.allShardsConnected(5_000);
    // Two IDENTIFYs, one per shard process, each for [i, 2] (the count the fake's /gateway/bot recommended).
    expect(fake.identifyCount).toBe(2);
    expect(fake.connectedShards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    // A mention in each guild; each is delivered only to the session of its guild's shard.
    const [g0, g1] = fake.guilds;
    const asks = [
      fake.sendMessage({
        channelId: g0!.channels.general,
        content: QUESTION,
        mentionBot: true,
        author: newUser('asker-shard0'),
      }),
      fake.sendMessage({
        channelId: g1!.channels.general,
        content: 'Hoeveel Noord-Koreaanse soldaten zijn er in Rusland?',
        mentionBot: true,
        author: newUser('asker-shard1'),
      }),
    ];
    const { articles } = await loadCorpus('corpus');
    const byTitle = new Map(articles.map((a) => [a.title, a]));
    for (const sent of asks) {
      const reply = await replyTo(fake, sent, 15_000);
      expect(reply.body.allowed_mentions.parse).toEqual([]);
      const embed = reply.body.embeds[0];
      expect(embed.description).toContain('10.000');
      expect(embed.fields.length).toBeGreaterThanOrEqual(2);
      expect(checkAnswerFields(embed.fields, byTitle.values()).length).toBeGreaterThanOrEqual(2); // verbatim
    }

    // /stats in the second guild runs on shard 1 and adds up the counters of both shard processes.
    const h = fake.sendCommand({ name: 'stats', channelId: g1!.channels.general });
    const cb = await h.callback(10_000);
    const embed = cb.body.data.embeds[0];
    expect(field(embed, 'Questions answered')).toBe('2');
    expect(field(embed, 'Refusals')).toBe('0 (0%)');
    expect(field(embed, 'Latency p50 / p95')).toMatch(/^\d+ ms \/ \d+ ms$/);
    expect(field(embed, /^Shards \(2\)$/)).toBe('#0: 1 server, 1 question\n#1: 1 server, 1 question (this one)');

    // /reindex in the second guild (shard 1) after an article was added: shard 0 switches to the new index as well.
    const indexIn = async (channelId: string) =>
      field((await fake.sendCommand({ name: 'stats', channelId }).callback(10_000)).body.data.embeds[0], 'Index');
    const before = await indexIn(g0!.channels.general);
    expect(before).toMatch(/ passages from 5 articles$/);
    writeFileSync(
      join(corpusDir, '900-test-brug.md'),
      '---\nid: "test-brug"\ntitle: "Testbrug geopend"\noutlet: "Testkrant"\ndate: "2024-11-01"\nlanguage: "nl"\n---\nDe testbrug in Zwolle is op vrijdag geopend in aanwezigheid van 250 gasten.\n',
    );
    const reindex = fake.sendCommand({ name: 'reindex', user: fake.users.admin, channelId: g1!.channels.general });
    const done = await reindex.edit((r) => r.body.embeds?.[0]?.title === 'Reindex finished', 20_000);
    expect(done.body.embeds[0].description).toMatch(/incremental/);
    const after = await indexIn(g0!.channels.general);
    expect(after).toMatch(/ passages from 6 articles$/);
    expect(Number(after!.split(' ')[0])).toBeGreaterThan(Number(before!.split(' ')[0]));
    expect(
      logLines().some(
        (l) => l.msg === 'loaded the index another shard published' && JSON.stringify(l.shards) === '[0]',
      ),
    ).toBe(true);

    // SIGTERM to the manager: it asks every shard to stop, they finish and write their own stats, all exit.
    manager.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of shardPids) await expect.poll(() => alive(pid), { timeout: 5_000 }).toBe(false);
    const stopped = logLines().filter((l) => l.msg === 'Bron stopped');
    expect(stopped).toHaveLength(2);
    for (const shard of [0, 1]) {
      const stats = JSON.parse(readFileSync(join(tmp.dir, 'data', `shard-${shard}`, 'stats.json'), 'utf8'));
      expect(stats.questions).toBe(1);
    }
    expect(output).not.toContain(TOKEN);
  });
});
