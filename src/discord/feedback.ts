import { join } from 'node:path';
import { JsonFile, readJson } from './persist.js';

export type Vote = 'up' | 'down';

export interface AnswerMeta {
  question: string;
  grounded: boolean;
  articles: string[];
  at: string;
}

interface FeedbackFile {
  version: 1;
  /** answer id → what was asked (if still known when the first vote came) and one vote per user. */
  answers: Record<string, { meta?: AnswerMeta; votes: Record<string, { vote: Vote; at: string }> }>;
}

/** How many recent answers we remember the question of, so a vote can be stored with what it was about. */
const RECENT = 2000;

/**
 * 👍/👎 feedback per answer, one vote per user per answer (voting again replaces the vote), saved to
 * DATA_DIR/feedback.json atomically after every vote.
 */
export class FeedbackStore {
  private data: FeedbackFile = { version: 1, answers: {} };
  private readonly recent = new Map<string, AnswerMeta>();
  private readonly file: JsonFile<FeedbackFile>;

  private constructor(readonly path: string) {
    this.file = new JsonFile(path, () => this.data);
  }

  static async open(dataDir: string): Promise<FeedbackStore> {
    const store = new FeedbackStore(join(dataDir, 'feedback.json'));
    const saved = await readJson<Partial<FeedbackFile>>(store.path, {});
    if (saved.answers && typeof saved.answers === 'object') store.data.answers = saved.answers;
    return store;
  }

  /** Remembers what an answer was about (bounded), for the vote records. */
  remember(answerId: string, meta: AnswerMeta): void {
    this.recent.set(answerId, meta);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** Records a vote; returns whether it is new, changed an earlier vote, or repeats it. */
  async vote(answerId: string, userId: string, vote: Vote): Promise<'new' | 'changed' | 'same'> {
    this.data.answers[answerId] ??= { votes: {} };
    const entry = this.data.answers[answerId];
    const meta = this.recent.get(answerId);
    if (!entry.meta && meta) entry.meta = meta;
    const before = entry.votes[userId]?.vote;
    if (before === vote) return 'same';
    entry.votes[userId] = { vote, at: new Date().toISOString() };
    await this.file.save();
    return before ? 'changed' : 'new';
  }

  get counts(): { up: number; down: number } {
    let up = 0;
    let down = 0;
    for (const a of Object.values(this.data.answers)) {
      for (const v of Object.values(a.votes)) v.vote === 'up' ? up++ : down++;
    }
    return { up, down };
  }

  async flush(): Promise<void> {
    await this.file.flush();
  }
}
