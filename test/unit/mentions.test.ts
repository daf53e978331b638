import type { Client, Message } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { stripMentions } from '../../src/discord/mentions.js';

/** What a message mentioning the bot reads as a question: Discord's markup left out. */
describe('the question in a message that mentions the bot', () => {
  const client = { user: { id: '42' }, guilds: { cache: new Map() } } as unknown as Client<true>;
  const read = (content: string) => stripMentions(client, { content, guildId: null } as unknown as Message<true>);

  it('leaves out the bot’s mention, other mentions, @everyone and custom emoji', () => {
    expect(read('<@42> how many fans came?')).toBe('how many fans came?');
    expect(read('<@!42> @everyone hoeveel supporters? <:wave:123456>')).toBe('hoeveel supporters?');
    expect(read('<@42> what did <@777> say in <#888> about the bridge, @here')).toBe(
      'what did say in about the bridge,',
    );
  });

  it('keeps what only looks like markup', () => {
    expect(read('<@42> was the score 3:1 <or> 2:2?')).toBe('was the score 3:1 <or> 2:2?');
    expect(read('<@42> who emailed info@here.nl?')).toBe('who emailed info@here.nl?');
  });
});
