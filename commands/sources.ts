import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { articleInfos } from '../src/discord/corpus.js';
import { formatSources } from '../src/discord/formatters/sources.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the articles Bron answers from, with outlet, date and language.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.reply({ embeds: [formatSources(articleInfos(ctx.engine))], allowedMentions: NO_PINGS });
}
