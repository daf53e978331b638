import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import type { BotContext, Command } from '../src/discord/context.js';
import { formatHelp } from '../src/discord/formatters/help.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';
import { uiLang } from '../src/discord/i18n.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to ask Bron, what it knows and what it does not.')
  .setDescriptionLocalizations({ nl: 'Hoe je Bron iets vraagt, wat Bron weet en wat niet.' });

/** A command's description in the asker's language when the command has one (Discord's description_localizations). */
function describe(c: Command, lang: string): string {
  const localised = c.data.toJSON().description_localizations as Record<string, string | null> | null | undefined;
  return localised?.[lang] ?? localised?.[uiLang(lang)] ?? c.data.description;
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const lang = interaction.locale;
  const embed = formatHelp({
    articles: [...ctx.engine.snapshotInfo.articles.values()],
    commands: [...ctx.commands.values()].map((c) => ({ name: c.data.name, description: describe(c, lang) })),
    replyMode: ctx.config.REPLY_MODE,
    lang,
  });
  await interaction.reply({ embeds: [embed], allowedMentions: NO_PINGS });
}
