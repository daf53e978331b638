import { Events } from 'discord.js';
import { log } from '../../log.js';
import type { BotEvent } from '../context.js';

export const warn: BotEvent<Events.Warn> = {
  name: Events.Warn,
  execute: (_rt, message) => log.warn(message),
};
