import { Events } from 'discord.js';
import { log } from '../../log.js';
import type { BotEvent } from '../context.js';

/** Without a listener an 'error' event would crash the process; the client recovers from these itself. */
export const error: BotEvent<Events.Error> = {
  name: Events.Error,
  execute: (_rt, err) => log.error({ err }, 'discord client error'),
};
