import {
  ActionRowBuilder,
  type AutocompleteInteraction,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import {
  type ArticleInput,
  ArticleInputError,
  prepareArticle,
  removeArticle,
  writeArticle,
} from '../src/corpus/write.js';
import { downloadArticle, UploadError } from '../src/discord/attachments.js';
import { componentId } from '../src/discord/components/ids.js';
import type { BotContext } from '../src/discord/context.js';
import { articleInfos, findArticles, indexAndTell } from '../src/discord/corpus.js';
import { formatSources } from '../src/discord/formatters/sources.js';
import { escapeText, LIMITS, NO_PINGS } from '../src/discord/formatters/text.js';
import { messages } from '../src/discord/i18n.js';
import { admin } from '../src/discord/preconditions/admin.js';
import { detectLanguage } from '../src/lang/index.js';

/** Names other tools drive /article add by: keep them exactly. */
const FIELDS = ['title', 'outlet', 'date', 'language', 'url', 'author'] as const;

export const data = new SlashCommandBuilder()
  .setName('article')
  .setDescription('Add, remove or list the articles Bron answers from (Manage Server only).')
  .setDescriptionLocalizations({ nl: 'Artikelen toevoegen, verwijderen of tonen (alleen Server beheren).' })
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add or replace an article: attach a file, or leave it out to paste the text in a form.')
      .addAttachmentOption((o) =>
        o.setName('file').setDescription('.md (front matter allowed), .txt or .html, UTF-8, within the size limit'),
      )
      .addStringOption((o) => o.setName('title').setDescription('Title (else from the file)').setMaxLength(256))
      .addStringOption((o) => o.setName('outlet').setDescription('Outlet (else "unknown")').setMaxLength(100))
      .addStringOption((o) => o.setName('date').setDescription('YYYY, YYYY-MM or YYYY-MM-DD').setMaxLength(10))
      .addStringOption((o) =>
        o.setName('language').setDescription('Two-letter code, e.g. nl or en (else detected)').setMaxLength(2),
      )
      .addStringOption((o) => o.setName('url').setDescription('Link to the article').setMaxLength(500))
      .addStringOption((o) =>
        o.setName('author').setDescription("Who wrote or spoke it (a speech's speaker)").setMaxLength(200),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Remove an article (asks to confirm).')
      .addStringOption((o) => o.setName('id').setDescription('Article id').setRequired(true).setAutocomplete(true)),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setDescription('The articles, 25 a page.')
      .addIntegerOption((o) => o.setName('page').setDescription('Page number').setMinValue(1)),
  );

/** Manage Server, checked again when the command, a button or the form comes in. */
export const preconditions = [admin({ en: 'manage articles', nl: 'artikelen beheren' })];

const privately = { flags: MessageFlags.Ephemeral } as const;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const sub = interaction.options.getSubcommand();
  if (sub === 'list') {
    await interaction.reply({
      ...listPage(ctx, interaction.locale, interaction.options.getInteger('page') ?? 1),
      ...privately,
    });
    return;
  }
  if (sub === 'remove') return askToRemove(interaction, ctx);
  const given: Partial<Record<(typeof FIELDS)[number], string>> = {};
  for (const f of FIELDS) {
    const v = interaction.options.getString(f);
    if (v) given[f] = v;
  }
  const file = interaction.options.getAttachment('file');
  if (!file) {
    await interaction.showModal(pasteForm(interaction.locale, given));
    return;
  }
  await interaction.deferReply(privately);
  await addArticle(interaction, ctx, async () => ({ ...(await download(file, ctx)), ...given }));
}

async function download(file: Parameters<typeof downloadArticle>[0], ctx: BotContext) {
  return downloadArticle(file, { maxBytes: ctx.config.ARTICLE_MAX_BYTES, apiBase: ctx.config.DISCORD_API_BASE });
}

/** The form for pasting an article; what was given as options is filled in already. */
function pasteForm(locale: string, given: Partial<Record<(typeof FIELDS)[number], string>>): ModalBuilder {
  const m = messages(locale).article;
  const input = (id: string, label: string, style: TextInputStyle, required: boolean, value?: string) => {
    const t = new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setRequired(required);
    if (id === 'text') t.setMaxLength(4000);
    if (value) t.setValue(value);
    return new ActionRowBuilder<TextInputBuilder>().addComponents(t);
  };
  return new ModalBuilder()
    .setCustomId(componentId('article', 'add', given.language ?? ''))
    .setTitle(m.form)
    .addComponents(
      input('text', m.text, TextInputStyle.Paragraph, true),
      input('title', m.title, TextInputStyle.Short, true, given.title),
      input('outlet', m.outlet, TextInputStyle.Short, false, given.outlet),
      input('date', m.date, TextInputStyle.Short, true, given.date),
      input('url', m.url, TextInputStyle.Short, false, given.url),
    );
}

/** The pasted form: the same checks as an upload, the text read as Markdown when it starts with front matter. */
export async function modal(interaction: ModalSubmitInteraction, ctx: BotContext, args: string[]): Promise<void> {
  if (args[0] !== 'add') return;
  await interaction.deferReply(privately);
  const field = (id: string) => interaction.fields.getTextInputValue(id).trim() || undefined;
  const text = interaction.fields.getTextInputValue('text');
  const given = { title: field('title'), outlet: field('outlet'), date: field('date'), url: field('url') };
  await addArticle(interaction, ctx, async () => {
    if (Buffer.byteLength(text) > ctx.config.ARTICLE_MAX_BYTES) throw new UploadError('the text is too long');
    return { text, format: /^---\r?\n/.test(text) ? 'md' : 'txt', ...given, ...(args[1] ? { language: args[1] } : {}) };
  });
}

/** Validates, writes and indexes an article, telling the admin each step (the reply was deferred). */
async function addArticle(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  ctx: BotContext,
  read: () => Promise<ArticleInput>,
): Promise<void> {
  const m = messages(interaction.locale).article;
  const say = (content: string) => interaction.editReply({ content, allowedMentions: NO_PINGS });
  let outcome: Awaited<ReturnType<typeof writeArticle>>;
  let title: string;
  try {
    const prepared = prepareArticle(await read(), detectLanguage);
    title = prepared.frontMatter.title;
    outcome = await writeArticle(ctx.config.CORPUS_DIR, prepared, [...ctx.engine.snapshotInfo.articles.values()]);
  } catch (err) {
    if (!(err instanceof ArticleInputError || err instanceof UploadError)) throw err;
    await say(m.notAdded(escapeText(err.message)));
    return;
  }
  if (outcome.status === 'duplicate') {
    await say(m.duplicate(outcome.id));
    return;
  }
  const done =
    outcome.status === 'added' ? m.added(outcome.id, escapeText(title)) : m.replaced(outcome.id, escapeText(title));
  await say(`${done}\n${m.indexing}`);
  await indexAndTell(ctx.reindexQueue, m, done, say);
}

async function askToRemove(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const m = messages(interaction.locale);
  const id = interaction.options.getString('id', true).trim();
  const article = ctx.engine.snapshotInfo.articles.get(id);
  if (!article) {
    await interaction.reply({ content: m.source.noArticle(`\`${escapeText(id.slice(0, 80))}\``), ...privately });
    return;
  }
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(componentId('article', 'rm', id))
      .setLabel(m.article.remove)
      .setStyle(ButtonStyle.Danger),
    new ButtonBuilder()
      .setCustomId(componentId('article', 'keep', id))
      .setLabel(m.article.keep)
      .setStyle(ButtonStyle.Secondary),
  );
  await interaction.reply({
    content: m.article.confirmRemove(id, escapeText(article.title)),
    components: [row],
    allowedMentions: NO_PINGS,
    ...privately,
  });
}

function listPage(ctx: BotContext, locale: string, page: number) {
  const prefix = `${componentId('article', 'list')}:`;
  const { embed, components } = formatSources(articleInfos(ctx.engine), { lang: locale, page, buttonPrefix: prefix });
  return { embeds: [embed], components, allowedMentions: NO_PINGS };
}

/** Remove / Keep after /article remove, and Previous / Next of /article list. */
export async function button(interaction: ButtonInteraction, ctx: BotContext, args: string[]): Promise<void> {
  const m = messages(interaction.locale).article;
  const [action, arg = ''] = args;
  if (action === 'list') {
    await interaction.update(listPage(ctx, interaction.locale, Number(arg) || 1));
    return;
  }
  if (action === 'keep') {
    await interaction.update({ content: m.kept, components: [], allowedMentions: NO_PINGS });
    return;
  }
  if (action !== 'rm') return;
  const article = ctx.engine.snapshotInfo.articles.get(arg);
  if (!article) {
    const gone = messages(interaction.locale).source.noArticle(`\`${escapeText(arg)}\``);
    await interaction.update({ content: gone, components: [], allowedMentions: NO_PINGS });
    return;
  }
  await removeArticle(ctx.config.CORPUS_DIR, article);
  const done = m.removed(arg);
  await interaction.update({ content: `${done}\n${m.indexing}`, components: [], allowedMentions: NO_PINGS });
  await indexAndTell(ctx.reindexQueue, m, done, (content) =>
    interaction.editReply({ content, allowedMentions: NO_PINGS }),
  );
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const choices = findArticles(ctx.engine, interaction.options.getFocused())
    .slice(0, LIMITS.choices)
    .map((a) => ({ name: `${a.id} — ${a.title}`.slice(0, LIMITS.choiceName), value: a.id }));
  await interaction.respond(choices);
}
