import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { log } from '../log.js';
import { JsonLines, readJson } from './persist.js';

export type Vote = 'up' | 'down';

export interface AnswerMeta {
  question: string;
  grounded: boolean;
  articles: string[];
  at: string;
}

/**
 * One line of feedback.jsonl: a vote (a: answer id, u: user id, v: vote), with what was asked on an answer's first
 * vote.
 */
interface VoteRecord {
  a: string;
  u: string;
  v: Vote;
  at: string;
  meta?: AnswerMeta;
}

/** The whole-file format of earlier versions (DATA_DIR/feedback.json), read once and moved into the log. */
interface LegacyFile {
  answers?: Record<string, { meta?: AnswerMeta; votes?: Record<string, { vote: Vote; at: string }> }>;
}

/** How many recent answers we remember the question of, so a vote can be stored with what it was about. */
const RECENT = 2000;
export const FEEDBACK_FILE = 'feedback.jsonl';

/**
 * 👍/👎 feedback per answer, one vote per user per answer (voting again replaces the vote). Every vote is one line
 * appended to DATA_DIR/feedback.jsonl (the last line for a user and answer counts), so a vote costs the same at 100k
 * votes as at the first. In memory, Maps keyed by the ids: a hand-made button id such as `__proto__` is just a key.
 */
export class FeedbackStore {
  private readonly answers = new Map<string, { meta?: AnswerMeta; votes: Map<string, Vote> }>();
  private readonly recent = new Map<string, AnswerMeta>();
  private readonly log: JsonLines<VoteRecord>;
  private up = 0;
  private down = 0;

  private constructor(readonly path: string) {
    this.log = new JsonLines(path);
  }

  static async open(dataDir: string): Promise<FeedbackStore> {
    const store = new FeedbackStore(join(dataDir, FEEDBACK_FILE));
    await migrate(dataDir, store.path);
    for (const r of await store.log.read())
      if (r && typeof r.a === 'string' && typeof r.u === 'string' && (r.v === 'up' || r.v === 'down')) store.apply(r);
    return store;
  }

  /** Remembers what an answer was about (bounded), for the vote records. */
  remember(answerId: string, meta: AnswerMeta): void {
    this.recent.set(answerId, meta);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** Records a vote; returns whether it is new, changed an earlier vote, or repeats it. */
  async vote(answerId: string, userId: string, vote: Vote): Promise<'new' | 'changed' | 'same'> {
    const before = this.answers.get(answerId)?.votes.get(userId);
    if (before === vote) return 'same';
    const meta = this.answers.get(answerId)?.meta ? undefined : this.recent.get(answerId);
    const record: VoteRecord = {
      a: answerId,
      u: userId,
      v: vote,
      at: new Date().toISOString(),
      ...(meta ? { meta } : {}),
    };
    this.apply(record);
    await this.log.append(record).catch(() => undefined); // logged by the log; the vote still counts in memory
    return before ? 'changed' : 'new';
  }

  get counts(): { up: number; down: number } {
    return { up: this.up, down: this.down };
  }

  /** Every vote as stored: answer id → what was asked (when known) and each user's vote. */
  get votes(): ReadonlyMap<string, { meta?: AnswerMeta; votes: ReadonlyMap<string, Vote> }> {
    return this.answers;
  }

  async flush(): Promise<void> {
    await this.log.close();
  }

  private apply(r: VoteRecord): void {
    const entry = this.answers.get(r.a) ?? { votes: new Map<string, Vote>() };
    this.answers.set(r.a, entry);
    if (!entry.meta && r.meta) entry.meta = r.meta;
    const before = entry.votes.get(r.u);
    if (before === 'up') this.up--;
    if (before === 'down') this.down--;
    entry.votes.set(r.u, r.v);
    if (r.v === 'up') this.up++;
    else this.down++;
  }
}

/**
 * Moves the votes of an earlier version's feedback.json into the log (written whole, then renamed into place), and
 * keeps the old file as feedback.json.migrated: nothing stored before is lost.
 */
async function migrate(dataDir: string, logPath: string): Promise<void> {
  const legacy = join(dataDir, 'feedback.json');
  if (!existsSync(legacy)) return;
  if (!existsSync(logPath)) {
    const old = await readJson<LegacyFile>(legacy, {});
    const lines: string[] = [];
    for (const [a, entry] of Object.entries(old.answers ?? {})) {
      let meta = entry?.meta;
      for (const [u, { vote, at }] of Object.entries(entry?.votes ?? {})) {
        if (vote !== 'up' && vote !== 'down') continue;
        lines.push(JSON.stringify({ a, u, v: vote, at, ...(meta ? { meta } : {}) } satisfies VoteRecord));
        meta = undefined;
      }
    }
    const tmp = `${logPath}.${process.pid}.tmp`;
    await writeFile(tmp, lines.map((l) => `${l}\n`).join(''));
    await rename(tmp, logPath);
    log.info(`moved ${lines.length} vote(s) from ${legacy} to ${logPath}`);
  }
  await rename(legacy, `${legacy}.migrated`);
}

export type FeedbackByAnswer = Record<string, { meta?: AnswerMeta; votes: Record<string, { vote: Vote; at: string }> }>;

/** The votes on disk, folded into one entry per answer (the shape of the old feedback.json), for tools and tests. */
export async function readFeedback(dataDir: string): Promise<FeedbackByAnswer> {
  const text = await readFile(join(dataDir, FEEDBACK_FILE), 'utf8').catch(() => '');
  const byAnswer = new Map<string, { meta?: AnswerMeta; votes: Map<string, { vote: Vote; at: string }> }>();
  for (const line of text.split('\n')) {
    let r: VoteRecord;
    try {
      r = JSON.parse(line) as VoteRecord;
    } catch {
      continue; // empty or torn
    }
    const entry = byAnswer.get(r.a) ?? byAnswer.set(r.a, { votes: new Map() }).get(r.a)!;
    entry.meta ??= r.meta;
    entry.votes.set(r.u, { vote: r.v, at: r.at });
  }
  // fromEntries makes own properties, so an id such as "__proto__" stays a plain key.
  return Object.fromEntries(
    [...byAnswer].map(([a, e]) => [a, { ...(e.meta ? { meta: e.meta } : {}), votes: Object.fromEntries(e.votes) }]),
  );
}
