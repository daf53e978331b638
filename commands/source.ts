import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  SlashCommandBuilder,
} from 'discord.js';
import type { BotContext } from '../src/discord/context.js';
import { articleInfos, findArticles } from '../src/discord/corpus.js';
import { formatSource } from '../src/discord/formatters/sources.js';
import { LIMITS, NO_PINGS, neutraliseMentions } from '../src/discord/formatters/text.js';
import { messages } from '../src/discord/i18n.js';

export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription("One article's details: title, outlet, date, language, link, passages and notes.")
  .setDescriptionLocalizations({
    nl: 'Details van één artikel: titel, medium, datum, taal, link, passages en notities.',
  })
  .addStringOption((o) =>
    o.setName('id').setDescription('Article id (see /sources)').setRequired(true).setAutocomplete(true),
  );

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const id = interaction.options.getString('id', true).trim();
  const info = articleInfos(ctx.engine).find((i) => i.article.id === id);
  if (!info) {
    await interaction.reply({
      content: messages(interaction.locale).source.noArticle(
        `\`${neutraliseMentions(id.replace(/`/g, "'").slice(0, 80))}\``,
      ),
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_PINGS,
    });
    return;
  }
  await interaction.reply({ embeds: [formatSource(info, interaction.locale)], allowedMentions: NO_PINGS });
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const typed = interaction.options.getFocused();
  const choices = findArticles(ctx.engine, typed)
    .slice(0, LIMITS.choices)
    .map((a) => ({ name: `${a.id} — ${a.title}`.slice(0, LIMITS.choiceName), value: a.id }));
  await interaction.respond(choices);
}
