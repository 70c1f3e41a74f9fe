import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';

/** The last record the probe saw on one remote topic. */
export interface Arrival {
  readonly lagMs: number;
  readonly arrivedAt: number;
}

/**
 * A consumer on a partner's remote topics that measures end-to-end lag: MirrorMaker 2 keeps each record's
 * source timestamp, so arrival time minus that timestamp is the delay from source to partner. It reads
 * only new records and commits nothing; its group is private to this process.
 */
export class ArrivalProbe {
  private consumer: Consumer | undefined;
  private subscribed: readonly string[] = [];
  private readonly arrivals = new Map<string, Arrival>();
  private changing: Promise<void> = Promise.resolve();

  constructor(
    private readonly kafka: Kafka,
    private readonly groupPrefix: string,
    private readonly onArrival: (remoteTopic: string, lagMs: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** (Re)subscribes when the set of remote topics changed; kafkajs cannot add topics to a running consumer. Serialised. */
  follow(remoteTopics: readonly string[]): Promise<void> {
    const next = this.changing.then(() => this.resubscribe(remoteTopics));
    this.changing = next.catch(() => undefined);
    return next;
  }

  private async resubscribe(remoteTopics: readonly string[]): Promise<void> {
    const wanted = [...remoteTopics].sort();
    if (wanted.join(',') === this.subscribed.join(',')) return;
    await this.close();
    this.subscribed = wanted;
    if (wanted.length === 0) return;
    const consumer = this.kafka.consumer({ groupId: `${this.groupPrefix}-${randomUUID()}`, maxWaitTimeInMs: 250, readUncommitted: false });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: wanted, fromBeginning: false });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const arrivedAt = this.now();
        const last = batch.messages[batch.messages.length - 1];
        if (!last) return;
        for (const message of batch.messages) this.onArrival(batch.topic, arrivedAt - Number(message.timestamp));
        this.arrivals.set(batch.topic, { lagMs: arrivedAt - Number(last.timestamp), arrivedAt });
      },
    });
  }

  arrival(remoteTopic: string): Arrival | undefined {
    return this.arrivals.get(remoteTopic);
  }

  async close(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.subscribed = [];
    await consumer?.disconnect();
  }
}
