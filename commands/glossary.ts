import {
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { GlossaryInputError, removeGlossaryEntry, setGlossaryEntry } from '../src/corpus/glossary.js';
import type { BotContext } from '../src/discord/context.js';
import { indexAndTell } from '../src/discord/corpus.js';
import { escapeText, NO_PINGS } from '../src/discord/formatters/text.js';
import { messages } from '../src/discord/i18n.js';
import { admin } from '../src/discord/preconditions/admin.js';

/** Words `/glossary gaps` lists: a message's worth. */
const GAPS_SHOWN = 20;

export const data = new SlashCommandBuilder()
  .setName('glossary')
  .setDescription("The corpus's own English→Dutch words, for English questions (Manage Server only).")
  .setDescriptionLocalizations({ nl: 'De eigen Engels→Nederlandse woorden van het corpus (alleen Server beheren).' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('set')
      .setDescription('Add or replace an entry: an English word and the Dutch words the articles use for it.')
      .addStringOption((o) =>
        o
          .setName('english')
          .setDescription('English word or phrase, e.g. picket line')
          .setRequired(true)
          .setMaxLength(80),
      )
      .addStringOption((o) =>
        o
          .setName('dutch')
          .setDescription('Dutch words, best first, separated by | (at most 4), or = for the same word')
          .setRequired(true)
          .setMaxLength(200),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove the entry for an English word.')
      .addStringOption((o) => o.setName('english').setDescription('English word or phrase').setRequired(true)),
  )
  .addSubcommand((s) =>
    s.setName('gaps').setDescription("The articles' most widespread words no question in the other language reaches."),
  );

/** Manage Server, as for articles: the glossary changes what every member's questions find. */
export const preconditions = [admin({ en: 'edit the glossary', nl: 'de woordenlijst bewerken' })];

const privately = { flags: MessageFlags.Ephemeral } as const;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const m = messages(interaction.locale);
  const sub = interaction.options.getSubcommand();
  await interaction.deferReply(privately);
  const say = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  if (sub === 'gaps') {
    // Deferred: a pass over every article's words, about 0.7 s per 10,000 passages.
    const gaps = await ctx.engine.lexiconGaps(GAPS_SHOWN);
    const lines = gaps.map((g) => `${g.word} (${g.lang}, ${g.articles}×)`).join(', ');
    const content = gaps.length === 0 ? m.glossary.noGaps : `${m.glossary.gaps(gaps.length)}\n${escapeText(lines)}`;
    await say(content);
    return;
  }
  const english = interaction.options.getString('english', true);
  let done: string;
  try {
    if (sub === 'set') {
      const dutch = interaction.options.getString('dutch', true);
      const entry = await setGlossaryEntry(ctx.config.CORPUS_DIR, english, dutch);
      done = m.glossary.set(escapeText(entry.english), escapeText(entry.dutch), entry.outcome === 'replaced');
    } else if (await removeGlossaryEntry(ctx.config.CORPUS_DIR, english)) {
      done = m.glossary.removed(escapeText(english.trim()));
    } else {
      await say(m.glossary.absent(escapeText(english.trim())));
      return;
    }
  } catch (err) {
    if (!(err instanceof GlossaryInputError)) throw err;
    await say(m.glossary.notSaved(escapeText(err.message)));
    return;
  }
  // The glossary is read with the corpus: a reindex applies it (no article is embedded again).
  await say(`${done}\n${m.article.indexing}`);
  await indexAndTell(ctx.reindexQueue, m.article, done, say);
}
