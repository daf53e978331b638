import { type ButtonInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { componentId } from '../src/discord/components/ids.js';
import type { BotContext } from '../src/discord/context.js';
import { articleInfos } from '../src/discord/corpus.js';
import { formatSources } from '../src/discord/formatters/sources.js';
import { NO_PINGS } from '../src/discord/formatters/text.js';

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the articles Bron answers from, with outlet, date and language.')
  .setDescriptionLocalizations({ nl: 'De artikelen waaruit Bron antwoordt, met medium, datum en taal.' });

function page(ctx: BotContext, locale: string, n: number) {
  const { embed, components } = formatSources(articleInfos(ctx.engine), {
    lang: locale,
    page: n,
    buttonPrefix: `${componentId('sources', 'page')}:`,
  });
  return { embeds: [embed], components, allowedMentions: NO_PINGS };
}

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.reply(page(ctx, interaction.locale, 1));
}

/** Previous / Next: the same message shows another page (25 articles each). */
export async function button(interaction: ButtonInteraction, ctx: BotContext, args: string[]): Promise<void> {
  if (args[0] !== 'page') return;
  await interaction.update(page(ctx, interaction.locale, Number(args[1]) || 1));
}
