import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bot } from '../../src/discord/bot.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { Engine } from '../../src/engine.js';
import { copyCorpus } from '../support/corpus.js';
import { testConfig } from '../support/engine.js';
import {
  type FakeDiscord,
  type FakeUser,
  type RecordedRequest,
  snowflake,
  startFakeDiscord,
} from '../support/fake-discord/index.js';

/** The bot token the e2e tests log in with; tests assert it never shows up in output. */
export const TOKEN = 'bron-e2e-SECRET-token.abc.def';

export const QUESTION = 'How many North Korean troops are in Russia?';

/** A temp folder removed by `cleanup`. */
export function temp(prefix = 'bron-e2e-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A guild member the fake does not know in advance: rate limits are per user, so each test asks as its own user. */
export function newUser(name: string): FakeUser {
  return { id: snowflake(), username: name, global_name: name, discriminator: '0', avatar: null };
}

export interface Running {
  bot: Bot;
  dataDir: string;
  stop(): Promise<void>;
}

/** A real bot (real discord.js client, real engine) logged in to the fake. */
export async function startBot(
  fake: FakeDiscord,
  engine: Engine,
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<Running> {
  const tmp = dataDir ? undefined : temp('bron-e2e-data-');
  const dir = dataDir ?? tmp!.dir;
  // Watch mode is off unless a test asks for it: tests that edit a corpus copy run /reindex themselves.
  const config = testConfig({ DISCORD_API_BASE: fake.apiBase, WATCH_CORPUS: 'false', ...env });
  const bot = new Bot({
    engine,
    config,
    dataDir: dir,
    progressIntervalMs: 0,
    statsFlushMs: 0,
    shutdownTimeoutMs: 3000,
  });
  await bot.start(TOKEN);
  return {
    bot,
    dataDir: dir,
    stop: async () => {
      await bot.stop();
      tmp?.cleanup();
    },
  };
}

/** What a test file runs against: the fake Discord, the engine and a bot logged in to the fake. */
export interface Suite {
  fake: FakeDiscord;
  engine: Engine;
  running: Running;
}

/**
 * For a test file's beforeAll: starts the fake while the engine opens, then logs a bot in with `env` (a function of
 * the fake for settings that name its channels). `stopSuite` undoes it in afterAll.
 */
export async function startSuite(
  engine: Promise<Engine>,
  env: Record<string, string> | ((fake: FakeDiscord) => Record<string, string>) = {},
  dataDir?: string,
): Promise<Suite> {
  const starting = startFakeDiscord();
  try {
    const [fake, opened] = await Promise.all([starting, engine]);
    const running = await startBot(fake, opened, typeof env === 'function' ? env(fake) : env, dataDir);
    return { fake, engine: opened, running };
  } catch (err) {
    // Nothing is returned to close, so the fake is closed here rather than left listening.
    await starting.then((fake) => fake.close()).catch(() => undefined);
    throw err;
  }
}

/** Stops the bot and the fake (either is missing when start-up failed) and removes the test file's temp folder. */
export async function stopSuite(
  running: Running | undefined,
  fake: FakeDiscord | undefined,
  tmp: { cleanup(): void },
): Promise<void> {
  await running?.stop();
  await fake?.close();
  tmp.cleanup();
}

/** An engine over a copy of the real corpus (the test may change it) whose embedder the test can hold mid-reindex. */
export function openGatedEngine(
  dir: string,
  embeddings: GatedEmbeddings,
): { corpusDir: string; indexDir: string; engine: Promise<Engine> } {
  const corpusDir = copyCorpus(dir);
  const indexDir = join(dir, 'index');
  return {
    corpusDir,
    indexDir,
    engine: Engine.open(testConfig({ INDEX_DIR: indexDir, CORPUS_DIR: corpusDir }), { embeddings }),
  };
}

/** The bot's reply to a message (a successful POST to the channel with a message_reference to it). */
export function replyTo(
  fake: FakeDiscord,
  msg: { id: string; channel_id: string },
  timeoutMs = 10_000,
): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${msg.channel_id}/messages` &&
      r.body?.message_reference?.message_id === msg.id &&
      r.status < 300,
    timeoutMs,
  );
}

/** Every REST request that references a message (replies), for asserting a message was ignored. */
export function repliesTo(fake: FakeDiscord, id: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.body?.message_reference?.message_id === id);
}

/** Discord Markdown escapes removed, to compare a displayed quote with the article text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\*_`~|>#\-[\]().!])/g, '$1');
}

/** A quote as an article field shows it: the verbatim text (marks and escapes removed) and its citation numbers. */
export interface ShownQuote {
  quote: string;
  ns: number[];
}

/** The quotes of an article field: lines “…” [n] (or [n, m] for a quote cited twice), one per quote. */
export function fieldQuotes(value: string): ShownQuote[] {
  return value.split('\n').flatMap((line) => {
    const m = /^“(.*)” \[(\d+(?:, \d+)*)\]$/.exec(line);
    return m ? [{ quote: unescapeMarkdown(m[1]!), ns: m[2]!.split(', ').map(Number) }] : [];
  });
}

/** The compact source line under an article's quotes ("NOS Nieuws · Oct 2024"), without its subtext marker. */
export function sourceLineOf(value: string): string {
  const line = value.split('\n').at(-1) ?? '';
  if (!line.startsWith('-# ')) throw new Error(`no source line in: ${value}`);
  return unescapeMarkdown(line.slice(3));
}

/**
 * Checks a shown answer against the corpus: every field is one article (its title once), every quote is verbatim
 * from that article and shown once, the numbers 1…n each appear once. Returns the quotes in order.
 */
export function checkAnswerFields(
  fields: { name: string; value: string }[],
  articles: Iterable<{ title: string; body: string; outlet: string }>,
): string[] {
  const byTitle = new Map([...articles].map((a) => [a.title, a]));
  const titles = fields.map((f) => f.name.replace(/ \(\d+\)$/, ''));
  const quotes: string[] = [];
  const numbers: number[] = [];
  for (const [i, f] of fields.entries()) {
    const article = byTitle.get(unescapeMarkdown(titles[i]!));
    if (!article) throw new Error(`field "${f.name}" is not an article title`);
    if (titles.indexOf(titles[i]!) !== i && titles[i - 1] !== titles[i]) throw new Error(`"${f.name}" shown twice`);
    for (const q of fieldQuotes(f.value)) {
      if (!article.body.includes(q.quote)) throw new Error(`not verbatim from "${article.title}": ${q.quote}`);
      quotes.push(q.quote);
      numbers.push(...q.ns);
    }
  }
  if (new Set(quotes).size !== quotes.length) throw new Error('a quote is shown twice');
  if ([...numbers].sort((a, b) => a - b).join() !== numbers.map((_, i) => i + 1).join())
    throw new Error(`citation numbers ${numbers.join(', ')} are not 1…${numbers.length}, each once`);
  return quotes;
}

/** The local embedder, but each embedDocuments call can be held until released (to keep a reindex running). */
export class GatedEmbeddings extends LocalHashEmbeddings {
  private gate: Promise<void> | undefined;
  private release: (() => void) | undefined;
  calls = 0;

  hold(): void {
    this.gate = new Promise((r) => (this.release = r));
  }

  open(): void {
    this.release?.();
    this.gate = undefined;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls++;
    await this.gate;
    return super.embedDocuments(texts);
  }
}
