import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Client,
  ClientEvents,
  ModalSubmitInteraction,
  PermissionsBitField,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import type { ReindexQueue } from '../watch.js';
import type { FeedbackStore } from './feedback.js';
import type { Produced } from './formatters/answer.js';
import type { QuestionLimiter } from './ratelimit.js';
import type { Stats } from './stats.js';
import type { ThreadStore } from './threads.js';

/**
 * The contracts between the parts of the Discord layer, as types only, so that commands, events and preconditions
 * depend on this file and never on each other.
 */

/** What commands, events and preconditions get: the engine and the bot's shared state, nothing Discord-global. */
export interface BotContext {
  engine: Engine;
  config: Config;
  stats: Stats;
  feedback: FeedbackStore;
  limiter: QuestionLimiter;
  threads: ThreadStore;
  commands: Map<string, Command>;
  /**
   * Asks the engine (with bounded concurrency) and formats the answer. Throws QuestionError for unusable input.
   * `asked`: what the person typed, when `question` is a follow-up read with the thread's earlier question.
   */
  produce(question: string, asked?: string): Promise<Produced>;
  /** Minimum time between progress edits of /reindex. */
  progressIntervalMs: number;
  /** Reindexes after a change to the corpus (watch mode, /article): one at a time, announced when configured. */
  reindexQueue: ReindexQueue;
}

/** What event handlers get besides the event's own arguments. */
export interface BotRuntime extends BotContext {
  client: Client<true>;
  /** False before the gateway session is ready and once stop() began: new questions are turned away. */
  readonly accepting: boolean;
  /** Warnings already logged, so a repeated condition is logged once per bot. */
  warned: Set<string>;
}

/** One file in src/discord/events/: the discord.js event it handles and the handler. */
export interface BotEvent<K extends keyof ClientEvents = keyof ClientEvents> {
  name: K;
  execute(rt: BotRuntime, ...args: ClientEvents[K]): Promise<void> | void;
}

/** Who asks, where: what preconditions look at, the same for a mention and a slash command. */
export interface Asker {
  userId: string;
  channelId: string;
  /** The parent channel when the question is asked in a thread. */
  parentId: string | null;
  inGuild: boolean;
  /** The member's permissions in this channel, overwrites included (known for interactions only). */
  permissions: Readonly<PermissionsBitField> | null;
  /** The language to answer in: the question's, or the Discord client's locale for a command. */
  lang: string;
}

/**
 * A refusal carries the notice to show the asker. `quiet` asks a surface that may stay silent (a mention) to do
 * so, e.g. after the one rate-limit notice a window gets; an interaction must always be answered, so it shows it.
 */
export type Verdict = { ok: true } | { ok: false; notice: string; quiet?: boolean };

/** A check that serves mentions and slash commands alike (src/discord/preconditions/). */
export interface Precondition {
  readonly name: string;
  check(asker: Asker, ctx: BotContext): Verdict;
}

/**
 * One slash command: a file in commands/ exporting `data` (a SlashCommandBuilder) and `execute`, as in the discord.js
 * guide, and optionally `autocomplete` and `preconditions`.
 */
export interface Command {
  data: { name: string; description: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /**
   * Buttons and modals the command sent: custom ids `bron:<command>:<args…>` come back here with their args, so a
   * click works after a restart too (nothing is kept in memory).
   */
  button?(interaction: ButtonInteraction, ctx: BotContext, args: string[]): Promise<void>;
  modal?(interaction: ModalSubmitInteraction, ctx: BotContext, args: string[]): Promise<void>;
  /** Checked in this order before `execute`, `button` and `modal`; the first that refuses answers privately. */
  preconditions?: readonly Precondition[];
}
