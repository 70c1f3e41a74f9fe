import type { Admin, Batch, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import { subjectOf } from '@usm/contracts';
import type { AvroCodec } from '../codec/avro-codec';
import { ReaderSchemaDecoder } from '../codec/reader-schema-decoder';
import { decodeRecordSoon } from '../consumer/decode-record';
import type { SchemaSource } from '../registry/schema-source';
import type { SubjectVersionSource } from '../registry/subject-versions';
import { sourceRecordOf } from '../kafka/source-record';
import type { Chunk } from './chunk-batch';
import { chunkBatch, lagOf } from './chunk-batch';
import { classifyChunkFailure, errorFields } from './chunk-failure';
import { isFencedError } from './fencing';
import type { StuckPartition } from './partition-failures';
import { PartitionFailures } from './partition-failures';
import { runChunkPipeline } from './chunk-pipeline';
import { planChunk, sendChunk } from './process-chunk';
import type { ProcessorLogger } from './processor-logger';
import { silentProcessorLogger } from './processor-logger';
import type { ProcessorSettings } from './processor-settings';
import { resolveProcessorSettings } from './processor-settings';
import type { PlanSteps, RecordPlan } from './record-plan';
import { planRecord } from './record-plan';
import { TransactionalMetrics } from './transactional-metrics';
import { TransactionalSession } from './transactional-session';
import type { Transform } from './transform-result';

export interface TransactionalProcessorOptions<T> {
  readonly inputTopic: string;
  readonly groupId: string;
  /** Stable per service instance and input topic; see `transactionalIdOf`. */
  readonly transactionalId: string;
  readonly transform: Transform<T>;
  /**
   * The contract of the input topic: records are decoded with the subject's latest schema as reader,
   * and a record written with a schema that is not a version of the subject is dead-lettered
   * (`MESSAGING.SCHEMA_MISMATCH`). Without it, records are decoded with their own writer schema.
   */
  readonly readerSchema?: { readonly subject: string; readonly registry: SchemaSource & SubjectVersionSource };
  /** Where a group with no committed offset starts; false (default) reads only new records. */
  readonly fromBeginning?: boolean;
  readonly settings?: Partial<ProcessorSettings>;
  /** Where the counters go; a private registry when omitted. */
  readonly metricsRegistry?: Registry;
  readonly logger?: ProcessorLogger;
  readonly clock?: () => Date;
  /** Called once when the processor cannot go on (fenced by a newer instance, or the consumer gave up). */
  readonly onFatal?: (error: Error) => void;
}

export type ProcessorState = 'idle' | 'running' | 'stopped' | 'failed';

/**
 * Exactly-once consume-transform-produce over one input topic. Per chunk of a fetched batch: decode,
 * transform and encode every record, then in one transaction send the outputs and dead letters and the
 * group's next offset, and commit. The next chunk of the batch is planned while a chunk's transaction is
 * with the broker (see `runChunkPipeline`). A failed chunk is aborted, what was planned ahead of it is
 * discarded, and the partition is read again from the committed offset.
 */
export class TransactionalProcessor<T> {
  readonly metrics: TransactionalMetrics;
  private readonly settings: ProcessorSettings;
  private readonly consumer: Consumer;
  private readonly admin: Admin;
  private readonly session: TransactionalSession;
  private readonly planSteps: PlanSteps<T>;
  private readonly logger: ProcessorLogger;
  /** Partitions whose fetch position must be re-read from the committed offset after a failed chunk. */
  private readonly resync = new Set<number>();
  private readonly failures: PartitionFailures;
  private current: ProcessorState = 'idle';

  constructor(kafka: Kafka, codec: AvroCodec, private readonly options: TransactionalProcessorOptions<T>) {
    this.settings = resolveProcessorSettings(options.settings);
    this.failures = new PartitionFailures(this.settings.stuckAfterFailedChunks);
    this.metrics = new TransactionalMetrics(options.metricsRegistry ?? new Registry());
    this.logger = options.logger ?? silentProcessorLogger;
    this.session = new TransactionalSession(kafka, { transactionalId: options.transactionalId, consumerGroupId: options.groupId, transactionTimeoutMs: this.settings.transactionTimeoutMs });
    this.admin = kafka.admin();
    this.consumer = kafka.consumer({
      groupId: options.groupId,
      readUncommitted: false,
      allowAutoTopicCreation: false,
      sessionTimeout: this.settings.sessionTimeoutMs,
      rebalanceTimeout: this.settings.rebalanceTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      maxBytesPerPartition: this.settings.maxBytesPerPartition,
      maxWaitTimeInMs: this.settings.maxWaitTimeMs,
      // Restart after a crash unless stopping: a crash while joining (a coordinator still loading on a fresh broker)
      // comes before `start` marked the processor running, and a consumer left dead there would never consume.
      retry: { retries: 5, restartOnFailure: async () => this.current === 'idle' || this.current === 'running' },
    });
    const clock = options.clock ?? (() => new Date());
    const reader = options.readerSchema;
    const decoder = reader ? new ReaderSchemaDecoder(reader.registry, reader.registry, reader.subject) : codec;
    const subjects = new Map<string, string>();
    this.planSteps = {
      decode: (record) => decodeRecordSoon<T>(decoder, record),
      transform: options.transform,
      encode: (topic, value) => {
        let subject = subjects.get(topic);
        if (subject === undefined) subjects.set(topic, (subject = subjectOf(topic)));
        return codec.encodeSoon(subject, value);
      },
      now: clock,
    };
  }

  state(): ProcessorState {
    return this.current;
  }

  /** Partitions whose last `stuckAfterFailedChunks` chunks or more all aborted: the stream does not move there. */
  stuckPartitions(): StuckPartition[] {
    return this.failures.stuck();
  }

  /** Fences earlier instances, joins the group and starts consuming; resolves once the consumer runs. */
  async start(): Promise<void> {
    await this.session.open();
    await this.admin.connect();
    await this.consumer.connect();
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && (this.current === 'idle' || this.current === 'running')) this.fail(payload.error);
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.failures.keepOnly(payload.memberAssignment);
      void this.verifyTransactionalId();
    });
    await this.consumer.subscribe({ topics: [this.options.inputTopic], fromBeginning: this.options.fromBeginning ?? false });
    // One partition at a time: a producer has at most one open transaction.
    await this.consumer.run({ autoCommit: false, eachBatchAutoResolve: false, partitionsConsumedConcurrently: 1, eachBatch: (payload) => this.consumeBatch(payload) });
    // A consumer that crashed for good while joining has already failed the processor: it stays failed.
    if (this.current !== 'idle') return;
    this.current = 'running';
    this.logger.info({ topic: this.options.inputTopic, groupId: this.options.groupId, transactionalId: this.options.transactionalId }, 'transactional processor started');
  }

  /** Lets the chunk in flight finish or abort, leaves the group, then closes the producer. */
  async stop(): Promise<void> {
    if (this.current !== 'failed') this.current = 'stopped';
    await this.consumer.disconnect();
    await this.session.close();
    await this.admin.disconnect();
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (await this.repositioned(batch)) return;
    const records = batch.messages.map((message) => sourceRecordOf(batch.topic, batch.partition, message));
    const chunks = chunkBatch({ topic: batch.topic, partition: batch.partition, records, lastOffset: batch.lastOffset() }, this.settings.maxChunkRecords);
    const heartbeatWhilePlanning = planningHeartbeat(() => payload.heartbeat());
    await runChunkPipeline(chunks, {
      plan: (chunk, discarded) => planChunk(chunk, { plan: (record) => planRecord(record, this.planSteps), heartbeat: heartbeatWhilePlanning }, discarded),
      commit: (chunk, plans) => sendChunk(chunk, plans, { heartbeat: () => payload.heartbeat(), inTransaction: (work) => this.session.run(work) }),
      mayCommit: () => payload.isRunning() && !payload.isStale(),
      committed: (chunk, plans) => {
        this.chunkCommitted(chunk, plans);
        payload.resolveOffset((BigInt(chunk.nextOffset) - 1n).toString());
        this.metrics.partitionLag(batch.topic, batch.partition, lagOf(batch.highWatermark, chunk.nextOffset));
      },
      failed: (chunk, error, stage) => {
        if (stage === 'transaction') this.metrics.aborted(chunk.topic);
        this.failures.failed(chunk.topic, chunk.partition);
        this.resync.add(chunk.partition);
        return this.failure(error, chunk);
      },
    });
  }

  private chunkCommitted(chunk: Chunk, plans: readonly RecordPlan[]): void {
    this.metrics.committed(chunk.topic);
    this.failures.committed(chunk.topic, chunk.partition);
    this.metrics.chunkOutcomes(chunk.topic, plans);
    for (const plan of plans) {
      // Where it came from and why, never its key or value: those may be personal data.
      if (plan.deadLetterCode) this.logger.warn({ topic: chunk.topic, partition: chunk.partition, offset: plan.source.offset, code: plan.deadLetterCode }, 'record dead-lettered');
      plan.afterCommit?.();
    }
  }

  private failure(error: unknown, chunk: Chunk): Error {
    const where = { topic: chunk.topic, partition: chunk.partition, offset: chunk.records[0]?.offset ?? chunk.nextOffset };
    const failure = classifyChunkFailure(error, where);
    if (failure.kind === 'fatal') this.fail(failure.error);
    else this.logger.warn({ ...where, ...errorFields(error) }, 'chunk aborted, it will be read again');
    return failure.error;
  }

  /**
   * After each rebalance, whether this incarnation still holds its transactional id. A newer incarnation fences
   * it before joining the group, so its join makes this one verify and stop for good, even when this one got
   * no partition or has nothing new to read (then no transaction of its own would ever tell it). Other failures
   * are left to the next transaction, which meets them and handles them as usual.
   */
  private async verifyTransactionalId(): Promise<void> {
    try {
      await this.session.verify();
    } catch (error) {
      if (this.current === 'running' && isFencedError(error)) this.fail(error as Error);
    }
  }

  private fail(error: Error): void {
    if (this.current === 'failed') return;
    this.current = 'failed';
    this.logger.error({ topic: this.options.inputTopic, transactionalId: this.options.transactionalId, ...errorFields(error) }, 'transactional processor stopped for good');
    // Leave the group now so the partitions move to a live instance; kafkajs stops fetching synchronously.
    void this.consumer.stop().catch(() => undefined);
    this.options.onFatal?.(error);
  }

  /** After a failed chunk, moves the fetch position back to the committed offset, whatever the commit's fate was. */
  private async repositioned(batch: Batch): Promise<boolean> {
    if (!this.resync.has(batch.partition)) return false;
    const [topicOffsets] = await this.admin.fetchOffsets({ groupId: this.options.groupId, topics: [batch.topic] });
    const committed = topicOffsets?.partitions.find((p) => p.partition === batch.partition)?.offset;
    this.resync.delete(batch.partition);
    const first = batch.firstOffset();
    if (committed === undefined || BigInt(committed) < 0n || first === null || committed === first) return false;
    this.consumer.seek({ topic: batch.topic, partition: batch.partition, offset: committed });
    return true;
  }
}

/** How often planning asks kafkajs for a heartbeat at most; kafkajs itself sends one only every `heartbeatIntervalMs`. */
const planningHeartbeatEveryMs = 20;
const alreadyBeaten: Promise<void> = Promise.resolve();

/**
 * The heartbeat planning calls after each record: kafkajs's own call (an async round through its consumer group
 * even when no heartbeat is due) at most every `planningHeartbeatEveryMs`, which delays a due heartbeat by no
 * more than that. The heartbeat before a chunk's offsets are sent is never skipped.
 */
function planningHeartbeat(heartbeat: () => Promise<void>): () => Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const now = Date.now();
    if (now - last < planningHeartbeatEveryMs) return alreadyBeaten;
    last = now;
    return heartbeat();
  };
}
