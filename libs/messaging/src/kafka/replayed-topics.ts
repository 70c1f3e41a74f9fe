import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';

/**
 * Topics replayed from the start into memory at boot, then followed: a fresh group each start and nothing
 * committed, since the state is the fold of the whole log. Not caught up until every partition reached the end
 * offset seen when the topic was first found, so no answer is given on a partial view. Reads committed records only.
 *
 * A topic that does not exist yet (a partner's replica before MirrorMaker 2 first created it) is looked for again
 * every `rescanMs`; once it appears the consumer is restarted over every present topic. Re-reading the topics already
 * followed is harmless: the fold is keyed, so a record applied twice changes nothing.
 */
export class ReplayedTopics {
  private consumer: Consumer | undefined;
  private readonly targets = new Map<string, bigint>();
  private readonly present = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: readonly string[],
    private readonly groupPrefix: string,
    private readonly onRecord: (topic: string, value: Buffer | null) => Promise<void>,
    private readonly rescanMs = 15_000,
  ) {}

  get caughtUp(): boolean {
    return this.targets.size === 0;
  }

  /** The topics found and followed so far. */
  get followed(): readonly string[] {
    return [...this.present];
  }

  async start(): Promise<void> {
    await this.follow();
    if (this.present.size < this.topics.length) {
      this.timer = setInterval(() => void this.rescan(), this.rescanMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.scanning;
    await this.consumer?.disconnect();
  }

  private rescan(): Promise<void> {
    // One scan at a time; a failed scan is retried at the next tick.
    this.scanning = this.scanning.then(() => this.follow()).catch(() => undefined);
    return this.scanning;
  }

  /** Finds topics that appeared since the last look and (re)starts the consumer over every present topic. */
  private async follow(): Promise<void> {
    if (this.stopped) return;
    const admin = this.kafka.admin();
    await admin.connect();
    let newcomers: string[];
    try {
      const existing = new Set(await admin.listTopics());
      newcomers = this.topics.filter((t) => existing.has(t) && !this.present.has(t));
      for (const topic of newcomers) {
        for (const o of await admin.fetchTopicOffsets(topic)) if (BigInt(o.high) > BigInt(o.low)) this.targets.set(`${topic}/${o.partition}`, BigInt(o.high) - 1n);
      }
    } finally {
      await admin.disconnect();
    }
    if (newcomers.length === 0) return;
    newcomers.forEach((t) => this.present.add(t));
    if (this.present.size === this.topics.length && this.timer) clearInterval(this.timer);
    await this.consumer?.disconnect();
    if (this.stopped) return;
    const consumer = this.kafka.consumer({ groupId: `${this.groupPrefix}-${randomUUID()}`, allowAutoTopicCreation: false, readUncommitted: false });
    this.consumer = consumer;
    // A batch's last offset counts control records too: a transactional topic ends with a commit marker no message reaches.
    consumer.on(consumer.events.END_BATCH_PROCESS, (e) => this.reached(e.payload.topic, e.payload.partition, BigInt(e.payload.lastOffset)));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.present], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        await this.onRecord(topic, message.value);
        this.reached(topic, partition, BigInt(message.offset));
      },
    });
  }

  private reached(topic: string, partition: number, offset: bigint): void {
    const key = `${topic}/${partition}`;
    const target = this.targets.get(key);
    if (target !== undefined && offset >= target) this.targets.delete(key);
  }
}
