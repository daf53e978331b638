import type { BotEvent } from '../context.js';
import { error } from './error.js';
import { interactionCreate } from './interaction-create.js';
import { messageCreate } from './message-create.js';
import { shardDisconnect } from './shard-disconnect.js';
import { shardReconnecting } from './shard-reconnecting.js';
import { shardResume } from './shard-resume.js';
import { warn } from './warn.js';

/** Every event the bot listens to, one file each; src/discord/bot.ts registers them on the client. */
export const EVENTS = [
  messageCreate,
  interactionCreate,
  shardDisconnect,
  shardReconnecting,
  shardResume,
  warn,
  error,
] as BotEvent[];
