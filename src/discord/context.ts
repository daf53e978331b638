import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageMentionOptions } from 'discord.js';
import type { Answer } from '../answer/types.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import type { Command } from './commands.js';
import type { FeedbackStore } from './feedback.js';
import type { QuestionLimiter } from './ratelimit.js';
import type { Stats } from './stats.js';

/** On every send, reply and edit: nobody is ever pinged by an answer, not even the asker. */
export const NO_PINGS: MessageMentionOptions = { parse: [], repliedUser: false };

/** An engine answer made ready for Discord. */
export interface Produced {
  answer: Answer;
  answerId: string;
  embed: APIEmbed;
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** What commands get as their second argument: the engine and the bot's shared state, nothing Discord-global. */
export interface BotContext {
  engine: Engine;
  config: Config;
  stats: Stats;
  feedback: FeedbackStore;
  limiter: QuestionLimiter;
  commands: Map<string, Command>;
  /** Asks the engine (with bounded concurrency) and formats the answer. Throws QuestionError for unusable input. */
  produce(question: string): Promise<Produced>;
  /** Whether Bron answers questions in this channel (ALLOWED_CHANNELS; a thread counts as its parent channel). */
  channelAllowed(channelId: string, parentId?: string | null): boolean;
  /** Minimum time between progress edits of /reindex. */
  progressIntervalMs: number;
}

/** The message payload of an answer: the embed, the feedback buttons, and no pings. */
export function answerPayload(p: Produced) {
  return { embeds: [p.embed], components: p.components, allowedMentions: NO_PINGS };
}
