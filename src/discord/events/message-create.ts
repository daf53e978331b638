import { Events, type Message } from 'discord.js';
import { resolveFollowUp } from '../../answer/followup.js';
import { log } from '../../log.js';
import { QuestionError } from '../../text/sanitize.js';
import type { BotEvent, BotRuntime } from '../context.js';
import { answerPayload, type Produced } from '../formatters/answer.js';
import { COLORS, infoEmbed, NO_PINGS, threadName } from '../formatters/text.js';
import { messages } from '../i18n.js';
import { addressed, stripMentions } from '../mentions.js';
import { allowedChannel } from '../preconditions/allowed-channel.js';
import { askerOfMessage } from '../preconditions/index.js';
import { rateLimit } from '../preconditions/rate-limit.js';

/** A question by mention, or a follow-up in a thread the bot started: answered as a reply or in a new thread. */
export const messageCreate: BotEvent<Events.MessageCreate> = {
  name: Events.MessageCreate,
  async execute(rt, message) {
    if (!rt.accepting) return;
    if (message.author.bot || message.webhookId || message.system || !message.inGuild()) return;
    const received = performance.now();
    const turn = await admit(rt, message);
    if (turn) await answerTurn(rt, message, turn, received);
  },
};

/** A message addressed to Bron that it may answer: its question, who asks, and whether it came in Bron's thread. */
interface Turn {
  question: string;
  asker: ReturnType<typeof askerOfMessage>;
  ownThread: boolean;
}

/**
 * The turn to answer, or undefined: not addressed to Bron, in a channel it does not serve, empty (a hint instead), or
 * over the rate limit (a notice, unless one was just given).
 */
async function admit(rt: BotRuntime, message: Message<true>): Promise<Turn | undefined> {
  const { mentioned, ownThread } = addressed(rt.client, message, rt.threads);
  if (!mentioned && !ownThread) return undefined;
  const question = stripMentions(rt.client, message);
  const asker = askerOfMessage(message, question);
  if (!allowedChannel.check(asker, rt).ok) return undefined;
  if (!question) {
    const hint = messages(message.guild.preferredLocale).mentionHint;
    if (mentioned) await message.reply({ content: hint, allowedMentions: NO_PINGS });
    else warnNoContent(rt);
    return undefined;
  }
  const verdict = rateLimit.check(asker, rt);
  if (!verdict.ok) {
    if (!verdict.quiet) await message.reply({ content: verdict.notice, allowedMentions: NO_PINGS });
    return undefined;
  }
  return { question, asker, ownThread };
}

async function answerTurn(rt: BotRuntime, message: Message<true>, turn: Turn, received: number): Promise<void> {
  const { question, asker, ownThread } = turn;
  await message.channel.sendTyping().catch((err: unknown) => log.debug({ err }, 'sendTyping failed'));
  // In a bot thread a short follow-up is read with the question answered there before ("And Curie?").
  const previous = ownThread ? rt.threads.lastQuestion(message.channelId) : undefined;
  const resolved = previous ? resolveFollowUp(previous, question, asker.lang) : undefined;
  const produced = await answerOrExplain(rt, message, resolved ?? question, asker.lang, resolved && question);
  if (!produced) return;
  const threadId = await deliver(rt, message, produced);
  if (threadId) await rt.threads.remember(threadId, produced.answer.question);
  rt.stats.recordAnswer(performance.now() - received, produced.answer.grounded);
  log.info(
    {
      channel: message.channelId,
      answer: produced.answerId,
      grounded: produced.answer.grounded,
      citations: produced.answer.citations.length,
    },
    'answered a mention',
  );
}

/** A follow-up in our thread that Discord sent without its text: the Message Content intent is off. */
function warnNoContent(rt: BotRuntime): void {
  if (rt.config.DISCORD_MESSAGE_CONTENT || rt.warned.has('no-content')) return;
  rt.warned.add('no-content');
  log.warn(
    'a message in a Bron thread arrived without text; set DISCORD_MESSAGE_CONTENT=true (and enable the intent) ' +
      'for follow-ups without a mention',
  );
}

/** The answer, or undefined after telling the asker why there is none (unusable question, engine failure). */
async function answerOrExplain(
  rt: BotRuntime,
  message: Message<true>,
  question: string,
  lang: string,
  asked?: string,
): Promise<Produced | undefined> {
  try {
    return await rt.produce(question, asked);
  } catch (err) {
    if (err instanceof QuestionError) {
      await message.reply({ content: err.message, allowedMentions: NO_PINGS });
      return undefined;
    }
    rt.stats.recordError();
    log.error({ err, channel: message.channelId }, 'answering a mention failed');
    const m = messages(lang);
    const embed = infoEmbed(m.wentWrong, m.answerFailed, COLORS.warn);
    await message.reply({ embeds: [embed], allowedMentions: NO_PINGS });
    return undefined;
  }
}

/**
 * Sends the answer: REPLY_MODE=thread starts a thread on the question (not inside a thread); otherwise, or when that
 * fails, a reply. Returns the thread it went to (new or the one asked in), where a follow-up may come.
 */
async function deliver(rt: BotRuntime, message: Message<true>, produced: Produced): Promise<string | undefined> {
  const payload = answerPayload(produced);
  if (rt.config.REPLY_MODE !== 'thread' || message.channel.isThread()) {
    await message.reply(payload);
    return message.channel.isThread() ? message.channelId : undefined;
  }
  const thread = await message
    .startThread({ name: threadName(produced.answer.question), autoArchiveDuration: 1440 })
    .catch((err: unknown) => {
      log.warn(
        { err, channel: message.channelId },
        'could not start a thread (missing Create Public Threads?); replying instead',
      );
      return undefined;
    });
  if (!thread) {
    await message.reply(payload);
    return undefined;
  }
  await rt.threads.add(thread.id);
  await thread.send(payload);
  return thread.id;
}
