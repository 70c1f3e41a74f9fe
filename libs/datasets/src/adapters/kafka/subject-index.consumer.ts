import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { InfrastructureError, MeshError } from '@usm/errors';
import type { AvroCodec } from '@usm/messaging';
import type { SubjectIndexStore } from '../../application/ports';
import type { IndexedEventFields } from '../../domain/subjects/subject-index-entries';
import { subjectIndexEntriesOf } from '../../domain/subjects/subject-index-entries';
import type { SubjectIndexMetrics } from '../metrics/subject-index-metrics';
import { endOffsetsOf } from './end-offsets';

export interface SubjectIndexFeedSettings {
  /** The city's own `safety.events.anonymised.v1` (with the test prefix, if any). */
  readonly topic: string;
  /** Within the datasets principal's groups (`<city>-datasets…`). */
  readonly groupId: string;
  readonly ownCity: string;
  readonly maxRecordsPerTransaction: number;
}

/** Where the feed stands: per partition, the next offset it reads and the partition's end at the last fetch. */
export interface SubjectIndexStatus {
  readonly state: 'starting' | 'following';
  readonly topic: string;
  readonly partitions: readonly { readonly partition: number; readonly next: string; readonly lag: string | null }[];
}

/**
 * The subject index fed by the city's own anonymised stream (read_committed): reporter pseudonym → event id of
 * every own event, whether or not a local build ever read it, so a consent ending here retracts events only a
 * partner built into a release. Positions live in PostgreSQL with the rows (seeked to on every group join, never
 * committed to the group). A record that does not decode is counted and passed over: no build can hold it either.
 */
export class KafkaSubjectIndexFeed {
  private consumer: Consumer | undefined;
  private readonly next = new Map<number, bigint>();
  private readonly high = new Map<number, bigint>();

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: AvroCodec,
    private readonly store: SubjectIndexStore,
    private readonly metrics: SubjectIndexMetrics,
    private readonly settings: SubjectIndexFeedSettings,
  ) {}

  async start(): Promise<void> {
    if ((await endOffsetsOf(this.kafka, this.settings.topic)) === null) throw new Error(`${this.settings.topic} does not exist (or is not visible to this principal) yet`);
    for (const [partition, through] of await this.store.positions(this.settings.topic)) this.next.set(partition, through + 1n);
    const consumer = this.kafka.consumer({ groupId: this.settings.groupId, readUncommitted: false, allowAutoTopicCreation: false, maxWaitTimeInMs: 250 });
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => this.seekToStored(consumer, payload.memberAssignment));
    // A fetch of nothing but transaction markers calls no handler; its end still counts as read.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      if (payload.batchSize === 0) this.reached(payload.partition, BigInt(payload.lastOffset) + 1n, BigInt(payload.highWatermark));
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topic: this.settings.topic, fromBeginning: true });
      await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.consume(payload) });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  status(): SubjectIndexStatus {
    const partitions = [...this.next.entries()].sort(([a], [b]) => a - b).map(([partition, next]) => {
      const high = this.high.get(partition);
      return { partition, next: next.toString(), lag: high === undefined ? null : (high > next ? high - next : 0n).toString() };
    });
    return { state: this.consumer ? 'following' : 'starting', topic: this.settings.topic, partitions };
  }

  /**
   * Resolves once the index holds every record committed to the stream when called (read_committed end offsets),
   * so a consent that just ended finds all its subject's events; throws a retriable error after `timeoutMs`.
   */
  async awaitCaughtUp(timeoutMs: number, pollMs = 100): Promise<void> {
    const ends = await endOffsetsOf(this.kafka, this.settings.topic);
    if (ends === null) return;
    const deadline = Date.now() + timeoutMs;
    const behind = () => [...ends].filter(([partition, end]) => end.high > end.low && (this.next.get(partition) ?? end.low) < end.high);
    while (behind().length > 0) {
      if (Date.now() >= deadline) {
        throw new InfrastructureError('DATASETS.SUBJECT_INDEX_BEHIND', `the subject index has not caught up with ${this.settings.topic} within ${timeoutMs} ms`, {
          details: { topic: this.settings.topic, partition: behind()[0]?.[0] },
        });
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  private seekToStored(consumer: Consumer, assignment: Record<string, number[]>): void {
    for (const partition of assignment[this.settings.topic] ?? []) {
      const next = this.next.get(partition);
      if (next !== undefined) consumer.seek({ topic: this.settings.topic, partition, offset: next.toString() });
    }
  }

  private reached(partition: number, next: bigint, highWatermark: bigint | null): void {
    if ((this.next.get(partition) ?? -1n) < next) this.next.set(partition, next);
    if (highWatermark !== null) this.high.set(partition, highWatermark);
    this.metrics.reached(partition, this.next.get(partition) ?? next, highWatermark);
  }

  private async consume({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const size = this.settings.maxRecordsPerTransaction;
    const high = BigInt(batch.highWatermark);
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!isRunning() || isStale()) return;
      const chunk = batch.messages.slice(start, start + size);
      const last = chunk[chunk.length - 1];
      if (!last) break;
      const fields = await this.decodeAll(chunk);
      const entries = subjectIndexEntriesOf(fields, this.settings.ownCity);
      await this.store.index({ topic: batch.topic, partition: batch.partition, throughOffset: BigInt(last.offset), entries });
      this.metrics.count('indexed', entries.length);
      this.metrics.count('withoutReporter', fields.length - entries.length);
      resolveOffset(last.offset);
      this.reached(batch.partition, BigInt(last.offset) + 1n, high);
      await heartbeat();
    }
    // Transaction markers after the last record belong to what this batch read.
    this.reached(batch.partition, BigInt(batch.lastOffset()) + 1n, high);
  }

  private async decodeAll(messages: readonly KafkaMessage[]): Promise<IndexedEventFields[]> {
    const fields: IndexedEventFields[] = [];
    for (const message of messages) {
      try {
        const { value } = await this.codec.decode<IndexedEventFields>(message.value);
        fields.push({ eventId: value.eventId, city: value.city, reporterPseudonym: value.reporterPseudonym ?? null });
      } catch (error) {
        if (!(error instanceof MeshError) || error.retriable) throw error;
        this.metrics.count('undecodable', 1);
      }
    }
    return fields;
  }
}
