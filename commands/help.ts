import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { formatHelp } from '../src/discord/formatters/help.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to ask Bron, what it knows and what it does not.');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const embed = formatHelp({
    articles: [...ctx.engine.snapshotInfo.articles.values()],
    commands: [...ctx.commands.values()].map((c) => ({ name: c.data.name, description: c.data.description })),
    replyMode: ctx.config.REPLY_MODE,
  });
  await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
}
