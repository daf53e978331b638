import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { NO_PINGS, type BotContext } from '../src/discord/context.js';
import { formatSources } from '../src/discord/format.js';
import { articleInfos } from '../src/discord/corpus.js';

export const data = new SlashCommandBuilder().setName('sources').setDescription('List the articles Bron answers from, with outlet, date and language.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.reply({ embeds: [formatSources(articleInfos(ctx.engine))], allowedMentions: NO_PINGS });
}
