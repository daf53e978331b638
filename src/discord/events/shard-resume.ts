import { Events } from 'discord.js';
import { log } from '../../log.js';
import type { BotEvent } from '../context.js';

export const shardResume: BotEvent<Events.ShardResume> = {
  name: Events.ShardResume,
  execute: (_rt, shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'),
};
