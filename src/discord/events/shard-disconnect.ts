import { Events } from 'discord.js';
import { log } from '../../log.js';
import type { BotEvent } from '../context.js';

/** discord.js reconnects by itself; logged so an operator sees gateway trouble. */
export const shardDisconnect: BotEvent<Events.ShardDisconnect> = {
  name: Events.ShardDisconnect,
  execute: (_rt, event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'),
};
