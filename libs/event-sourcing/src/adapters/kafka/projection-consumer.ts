import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { AvroCodec, DeadLetterPublisher } from '@usm/messaging';
import { applyProjectionBatch } from '../../application/apply-projection-batch';
import type { ProjectionOutcome, ProjectionStore } from '../../application/ports';
import type { Projection } from '../../domain/projection';
import { partitionKey } from '../../domain/row-key';
import type { EventSourcingMetrics } from '../metrics/event-sourcing-metrics';
import { decodeBatch } from './decode-batch';
import type { ProjectionRunnerSettings } from './projection-settings';
import { defaultProjectionSettings } from './projection-settings';

/**
 * One projection's consumer. Offsets are PostgreSQL's, never the group's: it commits nothing to Kafka,
 * seeks every assigned partition to the stored offset + 1 on each group join, and the stale-offset
 * check in the transaction keeps a redelivery (before a seek lands, after a crash) harmless.
 */
export class ProjectionConsumer {
  private consumer: Consumer | undefined;
  private positions = new Map<string, bigint>();

  constructor(
    private readonly kafka: Kafka,
    private readonly codec: AvroCodec,
    private readonly deadLetters: Pick<DeadLetterPublisher, 'publish'>,
    readonly projection: Projection,
    readonly store: ProjectionStore,
    private readonly settings: ProjectionRunnerSettings,
    private readonly metrics?: EventSourcingMetrics,
  ) {}

  async start(): Promise<void> {
    this.positions = new Map(await this.store.readOffsets());
    const consumer = this.kafka.consumer({
      groupId: `${this.settings.groupPrefix}.${this.projection.name}`,
      sessionTimeout: this.settings.sessionTimeoutMs ?? defaultProjectionSettings.sessionTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs ?? defaultProjectionSettings.heartbeatIntervalMs,
    });
    // Emitted synchronously before the first fetch of a new assignment, so the seek is in place in time.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => this.seekToStored(consumer, payload.memberAssignment));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.projection.topics], fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: (payload) => this.consume(payload) });
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private seekToStored(consumer: Consumer, assignment: Record<string, number[]>): void {
    for (const [topic, partitions] of Object.entries(assignment)) {
      for (const partition of partitions) {
        const stored = this.positions.get(partitionKey(topic, partition));
        if (stored !== undefined) consumer.seek({ topic, partition, offset: (stored + 1n).toString() });
      }
    }
  }

  private count(topic: string, partition: number, through: bigint, outcomes: readonly ProjectionOutcome[], deadLettered: number): void {
    const name = this.projection.name;
    const applied = outcomes.filter((outcome) => outcome === 'applied').length;
    this.metrics?.countRecords(name, 'applied', applied);
    this.metrics?.countRecords(name, 'ignored', outcomes.length - applied);
    this.metrics?.countRecords(name, 'deadLettered', deadLettered);
    this.metrics?.recordOffset(name, topic, partition, through);
  }

  private async consume({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const size = this.settings.maxRecordsPerTransaction ?? defaultProjectionSettings.maxRecordsPerTransaction;
    for (let start = 0; start < batch.messages.length && isRunning() && !isStale(); start += size) {
      const chunk = batch.messages.slice(start, start + size);
      const through = chunk.at(-1)?.offset;
      if (through === undefined) break;
      const records = await decodeBatch(this.codec, this.deadLetters, batch.topic, batch.partition, chunk);
      const outcomes = await this.store.inTransaction((transaction) =>
        applyProjectionBatch(this.projection, transaction, { topic: batch.topic, partition: batch.partition, records, throughOffset: through }),
      );
      this.positions.set(partitionKey(batch.topic, batch.partition), BigInt(through));
      this.count(batch.topic, batch.partition, BigInt(through), outcomes, chunk.length - records.length);
      resolveOffset(through);
      await heartbeat();
    }
  }
}
