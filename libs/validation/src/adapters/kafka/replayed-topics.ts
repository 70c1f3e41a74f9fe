import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';

/**
 * Topics replayed from the start into memory at boot, then followed: a fresh group each start and nothing
 * committed, since the state is the fold of the whole log. Not caught up until every partition reached the end
 * offset seen at start, so no answer is given on a partial view. Reads committed records only (kafkajs default).
 */
export class ReplayedTopics {
  private consumer: Consumer | undefined;
  private readonly targets = new Map<string, bigint>();

  constructor(
    private readonly kafka: Kafka,
    private readonly topics: readonly string[],
    private readonly groupPrefix: string,
    private readonly onRecord: (topic: string, value: Buffer | null) => Promise<void>,
  ) {}

  get caughtUp(): boolean {
    return this.targets.size === 0;
  }

  async start(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    let present: string[];
    try {
      const existing = new Set(await admin.listTopics());
      present = this.topics.filter((t) => existing.has(t));
      for (const topic of present) {
        for (const o of await admin.fetchTopicOffsets(topic)) if (BigInt(o.high) > BigInt(o.low)) this.targets.set(`${topic}/${o.partition}`, BigInt(o.high) - 1n);
      }
    } finally {
      await admin.disconnect();
    }
    if (present.length === 0) return;
    const consumer = this.kafka.consumer({ groupId: `${this.groupPrefix}-${randomUUID()}`, allowAutoTopicCreation: false, readUncommitted: false });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: present, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        await this.onRecord(topic, message.value);
        this.reached(topic, partition, BigInt(message.offset));
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private reached(topic: string, partition: number, offset: bigint): void {
    const key = `${topic}/${partition}`;
    const target = this.targets.get(key);
    if (target !== undefined && offset >= target) this.targets.delete(key);
  }
}
