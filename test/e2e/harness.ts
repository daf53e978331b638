import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBot, type Bot } from '../../src/discord/bot.js';
import type { Engine } from '../../src/engine.js';
import { LocalHashEmbeddings } from '../../src/embed/local.js';
import { snowflake, type FakeDiscord, type FakeUser, type RecordedRequest } from '../support/fake-discord/index.js';
import { testConfig } from '../support/engine.js';

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
export async function startBot(fake: FakeDiscord, engine: Engine, env: Record<string, string> = {}, dataDir?: string): Promise<Running> {
  const tmp = dataDir ? undefined : temp('bron-e2e-data-');
  const dir = dataDir ?? tmp!.dir;
  const config = testConfig({ DISCORD_API_BASE: fake.apiBase, ...env });
  const bot = createBot({ engine, config, dataDir: dir, progressIntervalMs: 0, statsFlushMs: 0, shutdownTimeoutMs: 3000 });
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

/** The bot's reply to a message (a successful POST to the channel with a message_reference to it). */
export function replyTo(fake: FakeDiscord, msg: { id: string; channel_id: string }, timeoutMs = 10_000): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) => r.method === 'POST' && r.path === `/channels/${msg.channel_id}/messages` && r.body?.message_reference?.message_id === msg.id && r.status < 300,
    timeoutMs,
  );
}

/** Every REST request that references a message (replies), for asserting a message was ignored. */
export function repliesTo(fake: FakeDiscord, id: string): RecordedRequest[] {
  return fake.requests.filter((r) => r.body?.message_reference?.message_id === id);
}

/** Discord Markdown escapes removed, to compare a displayed quote with the article text. */
export function unescape(text: string): string {
  return text.replace(/\\([\\*_`~|>#\-[\]().!])/g, '$1');
}

/** The quote of a source field: the text between the opening mark and the closing mark before "\n— ". */
export function fieldQuote(value: string): string {
  const m = /^“([\s\S]*)”\n— /.exec(value);
  if (!m) throw new Error(`not a source field: ${value}`);
  return unescape(m[1]!);
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
