import { randomBytes } from 'node:crypto';
import {
  type ButtonInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
} from 'discord.js';
import pLimit from 'p-limit';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { log } from '../log.js';
import { QuestionError } from '../text/sanitize.js';
import { type Command, loadCommands } from './commands.js';
import { answerPayload, type BotContext, NO_PINGS, type Produced } from './context.js';
import { FeedbackStore } from './feedback.js';
import { COLORS, feedbackRow, formatAnswer, infoEmbed, parseFeedbackId, threadName } from './format.js';
import { QuestionLimiter } from './ratelimit.js';
import { exposeToShards } from './shards.js';
import { Stats } from './stats.js';
import { ThreadStore } from './threads.js';

export interface BotOptions {
  engine: Engine;
  config: Config;
  /** Where stats.json, feedback.json and threads.json live (usually config.DATA_DIR). */
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

export interface Bot {
  client: Client;
  /** Loads state and commands, logs in and resolves when the gateway session is ready. */
  start(token: string): Promise<void>;
  /** Stops taking questions, waits for answers in progress (bounded), disconnects and writes stats and feedback. */
  stop(): Promise<void>;
  /** Available after start(). */
  readonly context: BotContext;
}

export class TokenRejectedError extends Error {
  override name = 'TokenRejectedError';
}

const RATE_NOTICE = {
  user: (s: number) => `You're asking faster than I can keep up with — please wait about ${s} s and ask again.`,
  channel: (s: number) => `Lots of questions in this channel right now — please wait about ${s} s and ask again.`,
};

export function createBot(opts: BotOptions): Bot {
  const { engine, config } = opts;
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (config.DISCORD_MESSAGE_CONTENT) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    allowedMentions: NO_PINGS,
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });

  const limit = pLimit(config.MAX_CONCURRENT_ANSWERS);
  const limiter = new QuestionLimiter(config.RATE_LIMIT_USER_PER_MINUTE, config.RATE_LIMIT_CHANNEL_PER_MINUTE);
  const allowed = config.ALLOWED_CHANNELS?.length ? new Set(config.ALLOWED_CHANNELS) : undefined;
  const inflight = new Set<Promise<unknown>>();
  let accepting = false;
  let stopped: Promise<void> | undefined;
  let context: BotContext | undefined;
  let threads: ThreadStore | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  let warnedNoContent = false;

  const track = (p: Promise<unknown>) => {
    const t = p
      .catch((err: unknown) => log.error({ err }, 'unhandled error in a Discord handler'))
      .finally(() => inflight.delete(t));
    inflight.add(t);
  };

  async function produce(question: string, feedback: FeedbackStore): Promise<Produced> {
    return limit(async () => {
      const answer = await engine.ask(question);
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
        embed: formatAnswer(answer, { question: answer.question, answerId }),
        components: [feedbackRow(answerId)],
      };
    });
  }

  function channelAllowed(channelId: string, parentId?: string | null): boolean {
    return !allowed || allowed.has(channelId) || (parentId != null && allowed.has(parentId));
  }

  /** The bot's user mention and its managed role's mention, stripped from the question. */
  function stripMentions(content: string): string {
    const me = client.user!.id;
    let text = content.replace(new RegExp(`<@!?${me}>`, 'g'), ' ');
    const roleId = botRoleId();
    if (roleId) text = text.replace(new RegExp(`<@&${roleId}>`, 'g'), ' ');
    return text.replace(/\s+/g, ' ').trim();
  }

  function botRoleId(guildId?: string | null): string | undefined {
    const guild = guildId ? client.guilds.cache.get(guildId) : undefined;
    return guild?.roles.cache.find((r) => r.tags?.botId === client.user?.id)?.id;
  }

  function addressed(message: Message<true>): { mentioned: boolean; ownThread: boolean } {
    const me = client.user!.id;
    const roleId = botRoleId(message.guildId);
    const mentioned = message.mentions.users.has(me) || (roleId !== undefined && message.mentions.roles.has(roleId));
    const channel = message.channel;
    const ownThread = channel.isThread() && (threads!.has(channel.id) || channel.ownerId === me);
    return { mentioned, ownThread };
  }

  async function onMessage(message: Message): Promise<void> {
    if (!accepting || !context) return;
    if (message.author.bot || message.webhookId || message.system) return;
    if (!message.inGuild()) return;
    const { mentioned, ownThread } = addressed(message);
    if (!mentioned && !ownThread) return;
    const channel = message.channel;
    if (!channelAllowed(channel.id, channel.isThread() ? channel.parentId : null)) return;

    const received = performance.now();
    const question = stripMentions(message.content);
    if (!question) {
      if (!mentioned) {
        // A follow-up in our thread that Discord sent without its text: the Message Content intent is off.
        if (!warnedNoContent && !config.DISCORD_MESSAGE_CONTENT) {
          warnedNoContent = true;
          log.warn(
            'a message in a Bron thread arrived without text; set DISCORD_MESSAGE_CONTENT=true (and enable the intent) for follow-ups without a mention',
          );
        }
        return;
      }
      await message.reply({
        content:
          'Ask me a question after the mention, e.g. “How many North Korean troops are in Russia?” — or try `/help`.',
        allowedMentions: NO_PINGS,
      });
      return;
    }

    const verdict = limiter.check(message.author.id, channel.id);
    if (!verdict.ok) {
      if (verdict.notify)
        await message.reply({
          content: RATE_NOTICE[verdict.scope](Math.max(1, Math.ceil(verdict.retryAfterMs / 1000))),
          allowedMentions: NO_PINGS,
        });
      return;
    }

    await channel.sendTyping().catch((err: unknown) => log.debug({ err }, 'sendTyping failed'));
    let produced: Produced;
    try {
      produced = await produce(question, context.feedback);
    } catch (err) {
      if (err instanceof QuestionError) {
        await message.reply({ content: err.message, allowedMentions: NO_PINGS });
        return;
      }
      context.stats.recordError();
      log.error({ err, channel: channel.id }, 'answering a mention failed');
      await message.reply({
        embeds: [
          infoEmbed(
            'Something went wrong',
            'I could not answer that just now. Please try again in a moment.',
            COLORS.warn,
          ),
        ],
        allowedMentions: NO_PINGS,
      });
      return;
    }

    const payload = answerPayload(produced);
    if (config.REPLY_MODE === 'thread' && !channel.isThread()) {
      let thread: Awaited<ReturnType<typeof message.startThread>> | undefined;
      try {
        thread = await message.startThread({ name: threadName(produced.answer.question), autoArchiveDuration: 1440 });
      } catch (err) {
        log.warn(
          { err, channel: channel.id },
          'could not start a thread (missing Create Public Threads?); replying instead',
        );
      }
      if (thread) {
        await threads!.add(thread.id);
        await thread.send(payload);
      } else {
        await message.reply(payload);
      }
    } else {
      await message.reply(payload);
    }
    context.stats.recordAnswer(performance.now() - received, produced.answer.grounded);
    log.info(
      {
        channel: channel.id,
        answer: produced.answerId,
        grounded: produced.answer.grounded,
        citations: produced.answer.citations.length,
      },
      'answered a mention',
    );
  }

  async function onButton(interaction: ButtonInteraction): Promise<void> {
    const parsed = parseFeedbackId(interaction.customId);
    if (!parsed || !context) return;
    const result = await context.feedback.vote(parsed.answerId, interaction.user.id, parsed.vote);
    const emoji = parsed.vote === 'up' ? '👍' : '👎';
    const content =
      result === 'changed'
        ? `Thanks — I changed your vote to ${emoji}.`
        : result === 'same'
          ? `Thanks — you already voted ${emoji}.`
          : `Thanks for the feedback ${emoji}`;
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  }

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (!context) return;
    if (interaction.isAutocomplete()) {
      const cmd = context.commands.get(interaction.commandName);
      await (cmd?.autocomplete?.(interaction, context) ?? interaction.respond([]));
      return;
    }
    if (!accepting) {
      if (interaction.isRepliable()) {
        await interaction.reply({
          content: 'Bron is restarting; please try again in a minute.',
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_PINGS,
        });
      }
      return;
    }
    if (interaction.isButton()) return onButton(interaction);
    if (!interaction.isChatInputCommand()) return;
    const cmd: Command | undefined = context.commands.get(interaction.commandName);
    if (!cmd) {
      await interaction.reply({
        content: `Unknown command /${interaction.commandName}; run npm run deploy-commands.`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    try {
      await cmd.execute(interaction, context);
    } catch (err) {
      context.stats.recordError();
      log.error({ err, command: interaction.commandName }, 'command failed');
      const reply = {
        embeds: [
          infoEmbed(
            'Something went wrong',
            `/${interaction.commandName} failed. Please try again in a moment.`,
            COLORS.warn,
          ),
        ],
        allowedMentions: NO_PINGS,
      };
      if (interaction.deferred || interaction.replied) await interaction.editReply(reply).catch(() => undefined);
      else await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral }).catch(() => undefined);
    }
  }

  exposeToShards(client, () => context);
  client.on(Events.MessageCreate, (m) => track(onMessage(m)));
  client.on(Events.InteractionCreate, (i) => track(onInteraction(i)));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.Warn, (m) => log.warn(m));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));

  async function start(token: string): Promise<void> {
    const [stats, feedback, threadStore, commands] = await Promise.all([
      Stats.open(opts.dataDir, { flushEveryMs: opts.statsFlushMs ?? 30_000 }),
      FeedbackStore.open(opts.dataDir),
      ThreadStore.open(opts.dataDir),
      loadCommands(opts.commandsDir),
    ]);
    threads = threadStore;
    context = {
      engine,
      config,
      stats,
      feedback,
      limiter,
      commands,
      produce: (q) => produce(q, feedback),
      channelAllowed,
      progressIntervalMs: opts.progressIntervalMs ?? 1500,
    };
    sweeper = setInterval(() => limiter.sweep(), 60_000);
    sweeper.unref();
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    try {
      await client.login(token);
    } catch (err) {
      await stats.close();
      clearInterval(sweeper);
      const e = err as { code?: string; status?: number };
      if (e.code === 'TokenInvalid' || e.status === 401)
        throw new TokenRejectedError(
          'Discord rejected DISCORD_TOKEN (401 Unauthorized); copy the token again from the developer portal (Bot tab)',
        );
      if (e.code === 'DisallowedIntents') {
        throw new TokenRejectedError(
          'Discord refused the gateway intents: DISCORD_MESSAGE_CONTENT=true needs the Message Content intent enabled in the developer portal (Bot tab)',
        );
      }
      throw err;
    }
    await ready;
    accepting = true;
    log.info(
      {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        replyMode: config.REPLY_MODE,
        commands: [...commands.keys()],
      },
      'Bron is online',
    );
  }

  async function stop(): Promise<void> {
    stopped ??= (async () => {
      accepting = false;
      if (sweeper) clearInterval(sweeper);
      const bound = opts.shutdownTimeoutMs ?? 10_000;
      if (inflight.size) {
        log.info(`waiting for ${inflight.size} answer(s) in progress (at most ${bound / 1000} s)`);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => (timer = setTimeout(r, bound)))]);
        clearTimeout(timer);
      }
      await client.destroy();
      await Promise.all([context?.stats.close(), context?.feedback.flush(), threads?.flush()]);
      log.info('Bron stopped');
    })();
    return stopped;
  }

  return {
    client,
    start,
    stop,
    get context() {
      if (!context) throw new Error('the bot has not been started');
      return context;
    },
  };
}
