import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import pLimit from 'p-limit';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { log } from '../log.js';
import { loadCommands } from './commands.js';
import type { BotContext, BotRuntime } from './context.js';
import { CorpusSync } from './corpus-sync.js';
import { EVENTS } from './events/index.js';
import { FeedbackStore } from './feedback.js';
import { formatAnswer, type Produced } from './formatters/answer.js';
import { feedbackRow } from './formatters/buttons.js';
import { NO_PINGS } from './formatters/text.js';
import { QuestionLimiter } from './ratelimit.js';
import { exposeToShards } from './shards.js';
import { Stats } from './stats.js';
import { ThreadStore } from './threads.js';

export interface BotOptions {
  engine: Engine;
  config: Config;
  /** Where stats.json, feedback.jsonl and threads.json live (usually config.DATA_DIR). */
  dataDir: string;
  /** Folder of command files; defaults to the repository's commands/. */
  commandsDir?: string;
  /** Minimum time between /reindex progress edits (default 1.5 s). */
  progressIntervalMs?: number;
  /** How long stop() waits for answers in progress (default 10 s). */
  shutdownTimeoutMs?: number;
  /** How often stats are written to disk (default 30 s; 0 = only on stop). */
  statsFlushMs?: number;
}

export class TokenRejectedError extends Error {
  override name = 'TokenRejectedError';
}

/**
 * The Discord bot: a discord.js client whose events are handled by the files in src/discord/events/, sharing one
 * runtime (engine, state in DATA_DIR, limits). start() loads state and commands and logs in; stop() drains.
 */
export class Bot {
  readonly client: Client;
  private runtime: BotRuntime | undefined;
  private accepting = false;
  private readonly inflight = new Set<Promise<unknown>>();
  private stopped: Promise<void> | undefined;
  private sweeper: NodeJS.Timeout | undefined;
  private sync: CorpusSync | undefined;

  constructor(private readonly opts: BotOptions) {
    const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
    if (opts.config.DISCORD_MESSAGE_CONTENT) intents.push(GatewayIntentBits.MessageContent);
    this.client = new Client({
      intents,
      allowedMentions: NO_PINGS,
      ...(opts.config.DISCORD_API_BASE ? { rest: { api: opts.config.DISCORD_API_BASE } } : {}),
    });
    exposeToShards(this.client, () => this.runtime);
    for (const event of EVENTS) {
      const execute = event.execute as (rt: BotRuntime, ...args: unknown[]) => Promise<void> | void;
      this.client.on(event.name, (...args: unknown[]) => {
        if (this.runtime) this.track(execute(this.runtime, ...args));
      });
    }
  }

  /** Available after start(). */
  get context(): BotContext {
    if (!this.runtime) throw new Error('the bot has not been started');
    return this.runtime;
  }

  /** Loads state and commands, logs in and resolves when the gateway session is ready. */
  async start(token: string): Promise<void> {
    const { config, dataDir } = this.opts;
    const [stats, feedback, threads, commands] = await Promise.all([
      Stats.open(dataDir, { flushEveryMs: this.opts.statsFlushMs ?? 30_000 }),
      FeedbackStore.open(dataDir),
      ThreadStore.open(dataDir),
      loadCommands(this.opts.commandsDir),
    ]);
    const limiter = new QuestionLimiter(config.RATE_LIMIT_USER_PER_MINUTE, config.RATE_LIMIT_CHANNEL_PER_MINUTE);
    const limit = pLimit(config.MAX_CONCURRENT_ANSWERS);
    const bot = this;
    this.sync = new CorpusSync(this.client, this.opts.engine, config);
    this.runtime = {
      engine: this.opts.engine,
      config,
      stats,
      feedback,
      limiter,
      threads,
      commands,
      produce: (q, asked) => limit(() => this.produce(q, feedback, asked)),
      progressIntervalMs: this.opts.progressIntervalMs ?? 1500,
      reindexQueue: this.sync.queue,
      client: this.client as Client<true>,
      get accepting() {
        return bot.accepting;
      },
      warned: new Set(),
    };
    this.sweeper = setInterval(() => limiter.sweep(), 60_000);
    this.sweeper.unref();
    await this.login(token, stats);
    await this.sync.start();
    this.accepting = true;
    log.info(
      {
        user: this.client.user?.tag,
        guilds: this.client.guilds.cache.size,
        replyMode: config.REPLY_MODE,
        commands: [...commands.keys()],
      },
      'Bron is online',
    );
  }

  /** Stops taking questions, waits for answers in progress (bounded), disconnects and writes stats and feedback. */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.accepting = false;
      if (this.sweeper) clearInterval(this.sweeper);
      await this.sync?.close();
      const bound = this.opts.shutdownTimeoutMs ?? 10_000;
      if (this.inflight.size) {
        log.info(`waiting for ${this.inflight.size} answer(s) in progress (at most ${bound / 1000} s)`);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((r) => (timer = setTimeout(r, bound)));
        await Promise.race([Promise.allSettled([...this.inflight]), timeout]);
        clearTimeout(timer);
      }
      await this.client.destroy();
      const rt = this.runtime;
      await Promise.all([rt?.stats.close(), rt?.feedback.flush(), rt?.threads.flush()]);
      log.info('Bron stopped');
    })();
    return this.stopped;
  }

  private async login(token: string, stats: Stats): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    try {
      await this.client.login(token);
    } catch (err) {
      await stats.close();
      clearInterval(this.sweeper);
      const e = err as { code?: string; status?: number };
      if (e.code === 'TokenInvalid' || e.status === 401)
        throw new TokenRejectedError(
          'Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token again from the developer portal (Bot tab)',
        );
      if (e.code === 'DisallowedIntents') {
        throw new TokenRejectedError(
          'Discord refused the gateway intents: DISCORD_MESSAGE_CONTENT=true needs the Message Content intent ' +
            'enabled in the developer portal (Bot tab)',
        );
      }
      throw err;
    }
    await ready;
  }

  private async produce(question: string, feedback: FeedbackStore, asked?: string): Promise<Produced> {
    const answer = await this.opts.engine.ask(question);
    const answerId = randomBytes(6).toString('base64url');
    feedback.remember(answerId, {
      question: answer.question.slice(0, 500),
      grounded: answer.grounded,
      articles: [...new Set(answer.citations.map((c) => c.articleId))],
      at: new Date().toISOString(),
    });
    return {
      answer,
      answerId,
      embed: formatAnswer(answer, {
        question: asked ?? answer.question,
        answerId,
        topics: this.topics(),
        ...(asked ? { understoodAs: answer.question } : {}),
      }),
      components: [feedbackRow(answerId, answer.language)],
    };
  }

  /** The titles of the articles in the index in use: what a refusal says the articles cover. */
  private topics(): string[] {
    return [...this.opts.engine.snapshotInfo.articles.values()].map((a) => a.title);
  }

  /** Handlers run concurrently and stop() waits for them; an error is logged, never thrown at discord.js. */
  private track(result: Promise<void> | void): void {
    const t = Promise.resolve(result)
      .catch((err: unknown) => log.error({ err }, 'unhandled error in a Discord handler'))
      .finally(() => this.inflight.delete(t));
    this.inflight.add(t);
  }
}
