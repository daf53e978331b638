import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedback } from '../../src/discord/feedback.js';
import type { Engine } from '../../src/engine.js';
import { openEngine } from '../support/engine.js';
import type { FakeDiscord } from '../support/fake-discord/index.js';
import { QUESTION, type Running, replyTo, startSuite, stopSuite, temp } from './harness.js';

let fake: FakeDiscord;
let engine: Engine;
let running: Running;
const tmp = temp();

beforeAll(async () => {
  ({ fake, engine, running } = await startSuite(openEngine(join(tmp.dir, 'index'))));
});
afterAll(() => stopSuite(running, fake, tmp));

/** Button ids are user input (#17.10): a client can send any custom_id; `bron:fb:up:__proto__` threw before. */
describe('hand-made feedback button ids', { timeout: 30_000 }, () => {
  it('are acknowledged like any vote, stored as plain ids, and the bot keeps answering', async () => {
    const reply = await replyTo(fake, fake.sendMessage({ content: QUESTION, mentionBot: true }));
    const message = {
      ...reply.body,
      id: '998877665544332211',
      channel_id: fake.channels.general,
      author: fake.botUser,
    };
    for (const id of ['__proto__', 'constructor', 'prototype', 'toString']) {
      const ack = await fake.clickButton({ message, customId: `bron:fb:up:${id}` }).callback();
      expect(ack.body.data.content, id).toBe('Thanks for the feedback 👍');
    }
    const again = await fake.clickButton({ message, customId: 'bron:fb:down:__proto__' }).callback();
    expect(again.body.data.content).toBe('Thanks — I changed your vote to 👎.');
    const saved = await readFeedback(running.dataDir);
    expect(Object.keys(saved).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(Object.hasOwn(saved, '__proto__')).toBe(true); // an entry of its own, not the prototype
    const own = Object.getOwnPropertyDescriptor(saved, '__proto__')?.value as (typeof saved)[string];
    expect(Object.values(own.votes).map((v) => v.vote)).toEqual(['down']);
    const later = await replyTo(fake, fake.sendMessage({ content: QUESTION, mentionBot: true }));
    expect(later.body.embeds[0].description).toContain('10.000');
    expect(engine.isReindexing).toBe(false);
  });
});
