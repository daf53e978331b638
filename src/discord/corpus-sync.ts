import { basename } from 'node:path';
import type { Client } from 'discord.js';
import type { Config } from '../config.js';
import type { Engine } from '../engine.js';
import { log } from '../log.js';
import { type CorpusUpdate, ReindexQueue, watchCorpus } from '../watch.js';
import { formatCorpusUpdate } from './formatters/corpus-update.js';
import { NO_PINGS } from './formatters/text.js';
import { refreshOtherShards } from './shards.js';

/**
 * Keeps the bot's index in step with the corpus folder: every reindex (a watched change, /article) goes through one
 * queue; other shards load the new index; what changed is announced in ANNOUNCE_CHANNEL_ID when it is set.
 */
export class CorpusSync {
  readonly queue: ReindexQueue;
  private watcher: ReturnType<typeof watchCorpus> | undefined;
  /** Rejections already announced, so a bad file is reported once, not on every later reindex. */
  private readonly announcedRejections = new Set<string>();

  constructor(
    private readonly client: Client,
    private readonly engine: Engine,
    private readonly config: Config,
  ) {
    this.queue = new ReindexQueue(engine, (u) => this.afterUpdate(u));
    for (const e of engine.snapshotInfo.corpusErrors) this.announcedRejections.add(`${e.file}\n${e.message}`);
  }

  /** Watches CORPUS_DIR (WATCH_CORPUS); under sharding only shard 0 does, and the others load what it publishes. */
  async start(): Promise<void> {
    const shardIds = this.client.shard?.ids;
    if (!this.config.WATCH_CORPUS || (shardIds && !shardIds.includes(0))) return;
    this.watcher = watchCorpus(this.config.CORPUS_DIR, {
      debounceMs: this.config.WATCH_DEBOUNCE_MS,
      stableMs: this.config.WATCH_STABLE_MS,
      onChange: (files) => {
        log.info({ files }, 'corpus files changed; reindexing');
        this.queue.run().catch((err: unknown) => log.error({ err }, 'reindex after a corpus change failed'));
      },
    });
    await this.watcher.ready;
  }

  async close(): Promise<void> {
    await this.watcher?.close();
  }

  private async afterUpdate(u: CorpusUpdate): Promise<void> {
    await refreshOtherShards(this.client).catch((err: unknown) => log.warn({ err }, 'other shards did not refresh'));
    const rejected = u.result.corpusErrors.filter((e) => !this.announcedRejections.has(`${e.file}\n${e.message}`));
    for (const e of rejected) this.announcedRejections.add(`${e.file}\n${e.message}`);
    log.info({ added: u.added, changed: u.changed, removed: u.removed, rejected: rejected.length }, 'index updated');
    const channelId = this.config.ANNOUNCE_CHANNEL_ID;
    if (!channelId) return;
    const channel = await this.client.channels.fetch(channelId).catch(() => null);
    if (!channel?.isSendable()) {
      log.warn({ channel: channelId }, 'ANNOUNCE_CHANNEL_ID is not a channel the bot can send to');
      return;
    }
    const titles = new Map([...this.engine.snapshotInfo.articles.values()].map((a) => [a.id, a.title]));
    const lang = 'guild' in channel && channel.guild ? channel.guild.preferredLocale : 'en';
    // The corpus folder is flat: a file's name says which it is (its path is relative to the working directory).
    const named = rejected.map((e) => ({ file: basename(e.file), message: e.message }));
    const embed = formatCorpusUpdate({ ...u, rejected: named, titles }, lang);
    if (embed) await channel.send({ embeds: [embed], allowedMentions: NO_PINGS });
  }
}
