import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARKUP } from '../../src/discord/mentions.js';
import type { Engine } from '../../src/engine.js';
import { cleanQuestion, QuestionError } from '../../src/text/sanitize.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord, RecordedRequest } from '../support/fake-discord/index.js';
import { FRAGMENTS, hostile } from '../support/hostile.js';
import { newUser, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

/**
 * Hostile input through the Discord message path: the real discord.js client and bot, the real engine, and whatever a
 * user can type arriving as MESSAGE_CREATE or as the /ask option. Every question gets a reply in bounded time, the reply
 * can ping nobody, and the echoed question is escaped so it shows exactly as typed.
 */
/** How long to wait for a reply before giving up on it (wall clock); the 5 s bound itself is on CPU time. */
const WALL_BACKSTOP_MS = 30_000;

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
const tmp = temp();

beforeAll(async () => {
  ({ fake, engine, running } = await startSuite(openEngine(join(tmp.dir, 'index')), {
    RATE_LIMIT_USER_PER_MINUTE: '1000',
    RATE_LIMIT_CHANNEL_PER_MINUTE: '10000',
  }));
});

afterAll(() => stopSuite(running, fake, tmp));

/**
 * A Markdown marker no backslash escapes (a backslash escapes the character after it): any `*`, `_` or backtick, or
 * a `~~` or `||` pair (a single ~ or | formats nothing). Returns the place, or undefined when everything is escaped.
 */
function unescapedMarkdown(s: string): string | undefined {
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      prev = '';
      continue;
    }
    if ('*_`'.includes(c) || ((c === '~' || c === '|') && prev === c)) return s.slice(Math.max(0, i - 10), i + 10);
    prev = c;
  }
  return undefined;
}

/** Backslash escapes and the zero-width spaces that break mentions removed: the text as Discord shows it. */
const shown = (s: string) => s.replace(/\u200b/g, '').replace(/\\([\s\S])/g, '$1');

/** What the engine is asked: the text without the bot's mention, cleaned as the engine cleans it. */
function expectedQuestion(content: string): string | undefined {
  try {
    return cleanQuestion(content.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim(), engine.cfg.MAX_QUESTION_CHARS).text;
  } catch (err) {
    if (err instanceof QuestionError) return undefined;
    throw err;
  }
}

/** Checks one reply body (a message or an interaction edit) for a question as typed. */
function checkReply(body: any, content: string): void {
  expect(body.allowed_mentions).toMatchObject({ parse: [] });
  const json = JSON.stringify(body);
  expect(json).not.toMatch(/@(everyone|here)/i); // broken up as @\u200beveryone if echoed
  expect(json).not.toMatch(/<@[!&]?\d/);
  const embed = body.embeds?.[0];
  const question = expectedQuestion(content);
  if (!embed) {
    // No answer: the mention had no question, or the engine's clear message for an unusable one.
    expect(body.content).toMatch(/^(Ask me a question after the mention|The question (is empty|has no words in it)\.)/);
    if (body.content.startsWith('The question')) expect(question).toBeUndefined();
    return;
  }
  expect(question, 'an answer embed for a question the engine rejects').toBeDefined();
  expect(embed.title).not.toMatch(/^Something went wrong/);
  expect(unescapedMarkdown(embed.title)).toBeUndefined();
  // The title is the question exactly as asked (escaping is lossless), shortened with "…" when too long.
  const title = shown(embed.title);
  if (title !== question) {
    const cut = title.lastIndexOf('…');
    expect(cut, `title ${JSON.stringify(title)} for ${JSON.stringify(question)}`).toBeGreaterThan(0);
    expect(question!.startsWith(title.slice(0, cut).trimEnd())).toBe(true);
  }
}

describe('hostile messages through the local Discord', { timeout: 120_000 }, () => {
  let asked = 0;

  /**
   * The bound is on CPU time: the bot, its engine and the fake Discord all run in this process, so the CPU it spent
   * from message to reply is the work one question cost, whatever else holds the machine's cores. The wall-clock wait
   * is only a backstop, loose enough for a loaded machine.
   */
  function cpuMs(since: NodeJS.CpuUsage): number {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  }

  async function mention(content: string): Promise<RecordedRequest> {
    const t0 = process.cpuUsage();
    const sent = fake.sendMessage({ content, mentionBot: true, author: newUser(`hostile${asked++}`) });
    const reply = await replyTo(fake, sent, WALL_BACKSTOP_MS);
    expect(cpuMs(t0), 'CPU ms from mention to reply').toBeLessThan(5000);
    return reply;
  }

  it('every fragment alone, as a mention: a reply, no pings, the question escaped', async () => {
    for (const f of FRAGMENTS) checkReply((await mention(f)).body, f);
  });

  it('property (150 runs): any text in a mention gets an answer or a clear message within 5 s, never a ping', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (content) => {
        checkReply((await mention(content)).body, content);
      }),
      { numRuns: 150, seed: 23 },
    );
  });

  it('property (50 runs): the same through /ask, deferred and then edited', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (content) => {
        const t0 = process.cpuUsage();
        const h = fake.sendCommand({
          name: 'ask',
          options: [{ name: 'question', type: 3, value: content }],
          user: newUser(`slash${asked++}`),
        });
        expect((await h.callback(WALL_BACKSTOP_MS)).body.type).toBe(5);
        const edit = await h.edit(undefined, WALL_BACKSTOP_MS);
        expect(cpuMs(t0), 'CPU ms from /ask to the edit').toBeLessThan(5000);
        checkReply(edit.body, content);
      }),
      { numRuns: 50, seed: 29 },
    );
  });

  it('the bot is still healthy: no errors were counted, an ordinary question is answered', async () => {
    expect(running.bot.context.stats.view.errors).toBe(0);
    const reply = await mention('How many North Korean troops are in Russia?');
    expect(reply.body.embeds[0].description).toContain('10.000');
  });
});
