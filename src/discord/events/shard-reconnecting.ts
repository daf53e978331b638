import { Events } from 'discord.js';
import { log } from '../../log.js';
import type { BotEvent } from '../context.js';

export const shardReconnecting: BotEvent<Events.ShardReconnecting> = {
  name: Events.ShardReconnecting,
  execute: (_rt, shard) => log.info({ shard }, 'gateway reconnecting'),
};
