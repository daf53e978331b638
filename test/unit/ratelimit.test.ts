import { describe, expect, it } from 'vitest';
import { QuestionLimiter, SlidingWindow } from '../../src/discord/ratelimit.js';

describe('SlidingWindow', () => {
  it('allows `limit` events per window and frees slots as they age out', () => {
    const w = new SlidingWindow(3, 60_000);
    expect([w.take('u', 0), w.take('u', 10), w.take('u', 20), w.take('u', 30)]).toEqual([true, true, true, false]);
    expect(w.retryAfter('u', 30)).toBe(59_970);
    expect(w.take('u', 60_000)).toBe(true); // the event at 0 left the window
    expect(w.take('u', 60_001)).toBe(false);
    expect(w.take('other', 60_001)).toBe(true);
  });

  it('sweeps keys with no recent events', () => {
    const w = new SlidingWindow(1, 1000);
    w.take('a', 0);
    w.sweep(5000);
    expect((w as unknown as { hits: Map<string, number[]> }).hits.size).toBe(0);
  });
});

describe('QuestionLimiter', () => {
  it('limits per user and per channel, notifying a user at most once per window', () => {
    const l = new QuestionLimiter(2, 3, 60_000);
    expect(l.check('u1', 'c', 0).ok).toBe(true);
    expect(l.check('u1', 'c', 1).ok).toBe(true);
    const third = l.check('u1', 'c', 2);
    expect(third).toMatchObject({ ok: false, scope: 'user', notify: true });
    expect(l.check('u1', 'c', 3)).toMatchObject({ ok: false, notify: false });
    expect(l.check('u2', 'c', 4).ok).toBe(true); // refused questions were not counted against the channel
    expect(l.check('u3', 'c', 5)).toMatchObject({ ok: false, scope: 'channel', notify: true });
    expect(l.check('u3', 'c', 6)).toMatchObject({ ok: false, scope: 'channel', notify: false });
    expect(l.check('u1', 'c', 60_002).ok).toBe(true); // everything before 2 left the window
  });

  it('notifies again once a window has passed since the last notice', () => {
    const l = new QuestionLimiter(1, 100, 1000);
    expect(l.check('u', 'c', 0).ok).toBe(true);
    expect(l.check('u', 'c', 1)).toMatchObject({ ok: false, notify: true });
    expect(l.check('u', 'c', 999)).toMatchObject({ ok: false, notify: false });
    expect(l.check('u', 'c', 1000).ok).toBe(true);
    expect(l.check('u', 'c', 1001)).toMatchObject({ ok: false, notify: true });
  });
});
