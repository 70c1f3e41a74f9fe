import type { Consumer, EachMessagePayload, Kafka } from 'kafkajs';
import type { EventsRetracted } from '@usm/contracts';
import type { AvroCodec, ConsumerMetrics, SourceRecord } from '@usm/messaging';
import { decodeRecord, nextOffset, processRecord, sourceRecordOf } from '@usm/messaging';
import type { WithdrawalService } from '../../application/withdrawal.service';
import type { LocalDeadLetters } from './local-dead-letters';

export interface PartnerRetractionsSettings {
  /** By partner city: its notices' topic here (`<partner>.<retractions>`) and the codec over its registry (read-only). */
  readonly partners: ReadonlyMap<string, { readonly topic: string; readonly codec: AvroCodec }>;
  readonly groupId: string;
  /** How often to look for partner topics MirrorMaker 2 created since (it creates one when a flow starts). */
  readonly discoverEveryMs: number;
}

/**
 * Follows every partner's replicated retraction notices, read_committed, in one group that commits after each
 * notice is recorded. kafkajs cannot add a topic to a running consumer, and a partner's topic appears only once
 * its flow runs, so the consumer is restarted whenever more partner topics exist. A notice that cannot be decoded
 * or breaks a rule is dead-lettered into this city's retraction DLQ, naming the replicated topic.
 */
export class PartnerRetractionsConsumer {
  private consumer: Consumer | undefined;
  private following: readonly string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private changing: Promise<void> = Promise.resolve();
  private readonly cityOf: ReadonlyMap<string, string>;

  constructor(
    private readonly kafka: Kafka,
    private readonly service: WithdrawalService,
    private readonly deadLetters: LocalDeadLetters,
    private readonly metrics: ConsumerMetrics,
    private readonly settings: PartnerRetractionsSettings,
    private readonly onError: (error: unknown) => void,
  ) {
    this.cityOf = new Map([...settings.partners].map(([city, { topic }]) => [topic, city]));
  }

  /** The replicated topics currently followed. */
  get topics(): readonly string[] {
    return this.following;
  }

  async start(): Promise<void> {
    if (this.cityOf.size === 0) return;
    await this.discover();
    this.timer = setInterval(() => void this.discover().catch(this.onError), this.settings.discoverEveryMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.changing;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private discover(): Promise<void> {
    const next = this.changing.then(async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      const existing = await admin.listTopics().finally(() => admin.disconnect());
      const wanted = [...this.cityOf.keys()].filter((topic) => existing.includes(topic)).sort();
      if (wanted.join(',') !== this.following.join(',')) await this.follow(wanted);
    });
    this.changing = next.catch(() => undefined);
    return next;
  }

  private async follow(topics: readonly string[]): Promise<void> {
    await this.consumer?.disconnect();
    const consumer = this.kafka.consumer({ groupId: this.settings.groupId, readUncommitted: false, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
    this.consumer = consumer;
    this.following = topics;
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({ autoCommit: false, eachMessage: (payload) => this.consume(consumer, payload) });
  }

  private async consume(consumer: Consumer, { topic, partition, message }: EachMessagePayload): Promise<void> {
    const arrivedAt = Date.now();
    const city = this.cityOf.get(topic) as string;
    const codec = this.settings.partners.get(city)?.codec as AvroCodec;
    await processRecord(sourceRecordOf(topic, partition, message), {
      decode: (record) => decodeRecord<EventsRetracted>(codec, record),
      handle: async (decoded) => ((await this.service.onPartnerNotice(decoded.value, city, arrivedAt)) === 'replayed' ? 'skipped' : 'processed'),
      deadLetter: (record, error) => this.deadLetters.publish(record, error),
      commit: (record: SourceRecord) => consumer.commitOffsets([{ topic: record.topic, partition: record.partition, offset: nextOffset(record) }]),
      count: (recordTopic, outcome) => this.metrics.count(recordTopic, outcome),
    });
  }
}
