import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { loadStore, POINTER } from '../../src/index/store.js';
import { copyCorpus } from '../support/corpus.js';
import { tempDir, testConfig } from '../support/engine.js';
import { CountingEmbeddings } from '../support/faults.js';

const run = promisify(execFile);
const tmp = tempDir('bron-security-');
afterAll(tmp.cleanup);

const SECRETS = {
  token: 'SECRET-token-a1',
  discord: 'SECRET-discord-b2',
  openai: 'sk-SECRET-c3',
  dbPassword: 'SECRET-db-d4',
  auth: 'SECRET-auth-e5',
};

describe('secrets are never logged', () => {
  it('the real logger (src/log.ts, JSON to stderr) redacts tokens, keys, passwords and authorization headers', async () => {
    // A child process, so the logger is the one the bot and CLI use, writing to a real stderr.
    const script = `
      import { log } from './src/log.ts';
      import { loadConfig } from './src/config.ts';
      const config = loadConfig({ DISCORD_TOKEN: ${JSON.stringify(SECRETS.discord)}, OPENAI_API_KEY: ${JSON.stringify(SECRETS.openai)}, DATABASE_URL: 'postgres://bron:${SECRETS.dbPassword}@db.example/bron' });
      log.info(config, 'the whole config');
      log.info({ config }, 'config one level down');
      log.info({ token: ${JSON.stringify(SECRETS.token)}, client: { token: ${JSON.stringify(SECRETS.token)} } }, 'tokens');
      log.warn({ headers: { authorization: 'Bot ${SECRETS.auth}' }, req: { headers: { authorization: 'Bot ${SECRETS.auth}', Authorization: 'Bot ${SECRETS.auth}' } } }, 'headers');
      log.error({ err: Object.assign(new Error('boom'), { apiKey: ${JSON.stringify(SECRETS.openai)} }), pg: { password: ${JSON.stringify(SECRETS.dbPassword)} } }, 'errors');
    `;
    const { stderr, stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    });
    const lines = stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.msg)).toEqual([
      'the whole config',
      'config one level down',
      'tokens',
      'headers',
      'errors',
    ]);
    for (const s of Object.values(SECRETS)) expect(stderr + stdout, s).not.toContain(s);
    expect(stderr).toContain('[redacted]');
    // Redaction removes the values, not the rest of the record.
    expect(lines[0]!.DISCORD_TOKEN).toBe('[redacted]');
    expect((lines[1]!.config as Record<string, unknown>).INDEX_DIR).toBe('embeddings');
    expect((lines[4]!.err as { message: string }).message).toBe('boom');
  });

  it('a bad secret setting is reported without its value', () => {
    const bad = {
      DATABASE_URL: `postgres://bron:${SECRETS.dbPassword}@db example/bron`,
      DISCORD_CLIENT_ID: 'not-a-number',
    };
    let message = '';
    try {
      loadConfig(bad);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('DATABASE_URL: must be a connection string');
    expect(message).toContain('postgres://bron:***@');
    expect(message).not.toContain(SECRETS.dbPassword);
    expect(message).toContain('DISCORD_CLIENT_ID: must be the numeric application id (got "not-a-number")'); // others still shown
    expect(() => loadConfig({ DATABASE_URL: `${SECRETS.dbPassword} no scheme` })).toThrow(/got \(hidden\)/);
  });

  it('.env is ignored by git and not tracked; .env.example holds no secret values', async () => {
    const git = (args: string[]) =>
      run('git', args).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    if ((await git(['rev-parse', '--is-inside-work-tree'])).code !== 0) return; // not a git checkout (e.g. a tarball)
    expect((await git(['check-ignore', '-q', '.env'])).code).toBe(0);
    expect((await git(['check-ignore', '-q', 'config/.env'])).code).toBe(0);
    expect((await git(['ls-files', '--', '.env', '**/.env'])).out.trim()).toBe('');
    const example = readFileSync('.env.example', 'utf8');
    for (const key of ['DISCORD_TOKEN', 'OPENAI_API_KEY', 'DATABASE_URL'])
      expect(example).toMatch(new RegExp(`^${key}=$`, 'm'));
  });
});

describe('files stay in their folders', () => {
  it('a corpus file that links outside the corpus folder (or is not a file) is rejected by name; the rest load', async () => {
    const base = join(tmp.dir, 'links');
    mkdirSync(base);
    const corpus = copyCorpus(base);
    const outside = join(base, 'secret.md');
    writeFileSync(
      outside,
      '---\nid: "secret"\ntitle: "Outside"\noutlet: "X"\ndate: "2024"\nlanguage: "nl"\n---\nDit staat buiten het corpus: wachtwoord hunter2.\n',
    );
    symlinkSync(outside, join(corpus, '900-outside.md'));
    symlinkSync('../../../../../../../../etc/passwd', join(corpus, '901-passwd.md'));
    symlinkSync(join(base, 'missing.md'), join(corpus, '902-dangling.md'));
    mkdirSync(join(corpus, '903-folder.md'));
    symlinkSync('000-poetin-onze-zaak.md', join(corpus, '904-inside-link.md')); // inside: allowed (a duplicate id here)
    const { articles, errors } = await loadCorpus(corpus, base);
    expect(articles.map((a) => a.id)).not.toContain('secret');
    expect(articles).toHaveLength(5);
    const byFile = Object.fromEntries(errors.map((e) => [e.file, e.message]));
    expect(byFile['corpus/900-outside.md']).toMatch(/symbolic link to a file outside the corpus folder/);
    expect(byFile['corpus/901-passwd.md']).toMatch(/outside the corpus folder|does not exist/);
    expect(byFile['corpus/902-dangling.md']).toMatch(/does not exist/);
    expect(byFile['corpus/903-folder.md']).toBe('is not a regular file');
    expect(byFile['corpus/904-inside-link.md']).toMatch(/already used by/);
    expect(JSON.stringify(errors)).not.toContain('hunter2');

    // The same through the engine: the outside text is never indexed or quoted.
    const engine = await Engine.open(testConfig({ CORPUS_DIR: corpus, INDEX_DIR: join(base, 'index') }));
    const rejected = engine.snapshotInfo.corpusErrors.map((e) => e.file.split('/').pop());
    expect(rejected).toEqual([
      '900-outside.md',
      '901-passwd.md',
      '902-dangling.md',
      '903-folder.md',
      '904-inside-link.md',
    ]);
    const a = await engine.ask('Wat is het wachtwoord hunter2?');
    expect(JSON.stringify(a)).not.toContain('hunter2.');
  });

  it('an index pointer naming a path outside INDEX_DIR is treated as damage: rebuilt in place, nothing outside read or removed', async () => {
    const base = join(tmp.dir, 'pointer');
    mkdirSync(base);
    const indexDir = join(base, 'index');
    const cfg = testConfig({ INDEX_DIR: indexDir });
    await Engine.open(cfg);
    // A copy of a valid index outside INDEX_DIR, which a followed pointer would load and the cleanup might delete.
    const decoy = join(base, 'index-decoy');
    mkdirSync(decoy);
    writeFileSync(join(decoy, 'keep.txt'), 'not Bron’s to delete');
    for (const name of ['../index-decoy', '/etc', 'index-x/../../index-decoy']) {
      writeFileSync(join(indexDir, POINTER), name);
      await expect(loadStore(indexDir, new LocalHashEmbeddings(), 64)).rejects.toThrow(/does not name an index folder/);
      const emb = new CountingEmbeddings();
      const engine = await Engine.open(cfg, { embeddings: emb });
      expect(emb.documents).toBe(engine.snapshotInfo.manifest.passageCount); // rebuilt, not loaded from elsewhere
      expect(engine.snapshotInfo.dir.startsWith(`${indexDir}/index-`)).toBe(true);
      expect((await engine.ask('Wat zei Rutte over Koersk?')).grounded).toBe(true);
    }
    expect(readFileSync(join(decoy, 'keep.txt'), 'utf8')).toBe('not Bron’s to delete');
  });

  it('stats/feedback files are written atomically: a writer SIGKILLed mid-stream never leaves a half-written file', async () => {
    const dir = join(tmp.dir, 'atomic');
    mkdirSync(dir);
    // A child that rewrites a large feedback-like file as fast as it can, each version complete and self-consistent.
    const script = `
      import { JsonFile } from './src/discord/persist.ts';
      let n = 0;
      const file = new JsonFile(${JSON.stringify(join(dir, 'feedback.json'))}, () => ({ version: 1, n, answers: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => ['a' + i, { n }])) }));
      process.stdout.write('ready\\n');
      for (;;) { n++; await file.save(); }
    `;
    for (let round = 0; round < 4; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 150 + round * 97));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      const file = join(dir, 'feedback.json');
      if (!existsSync(file)) continue;
      const data = JSON.parse(readFileSync(file, 'utf8')) as { n: number; answers: Record<string, { n: number }> };
      expect(Object.keys(data.answers)).toHaveLength(3000);
      expect(Object.values(data.answers).every((a) => a.n === data.n)).toBe(true);
    }
    // Nothing but the file and, after a kill, its temp files, all inside the data folder.
    for (const name of readdirSync(dir)) expect(name).toMatch(/^feedback\.json(\.\d+\.[0-9a-f]+\.tmp)?$/);
    // The next start (readJson) removes temp files of dead writers and keeps a live writer's.
    const live = `feedback.json.${process.pid}.abcd1234.tmp`;
    writeFileSync(join(dir, live), '{');
    writeFileSync(join(dir, 'feedback.json.2147483646.00ff.tmp'), '{'); // no such pid
    const { readJson } = await import('../../src/discord/persist.js');
    await readJson(join(dir, 'feedback.json'), {});
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([live]);
  }, 60_000);
});
