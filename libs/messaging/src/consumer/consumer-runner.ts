import type { Consumer, ConsumerConfig, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { Registry } from 'prom-client';
import type { AvroCodec } from '../codec/avro-codec';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import { meshProducerConfig } from '../kafka/producer-settings';
import type { SourceRecord } from '../kafka/source-record';
import { nextOffset, sourceRecordOf } from '../kafka/source-record';
import { ConsumerMetrics } from './consumer-metrics';
import { decodeRecord } from './decode-record';
import { processRecord } from './process-record';
import type { RecordHandler, RecordOutcome } from './record-outcome';

export interface ConsumerRunnerOptions<T> {
  readonly topic: string;
  readonly groupId: string;
  /** Where a group with no committed offset starts; false (default) reads only new records. */
  readonly fromBeginning?: boolean;
  readonly handler: RecordHandler<T>;
  /** Where the outcome counters go; a private registry when omitted. */
  readonly metricsRegistry?: Registry;
  /** Extra kafkajs consumer settings (session timeout, retry); group id and commits stay ours. */
  readonly consumer?: Omit<ConsumerConfig, 'groupId'>;
  readonly clock?: () => Date;
  /**
   * Told the consumer's position after each fetched batch was handled: the next offset it will fetch on the
   * partition. Counts transaction markers and aborted records, which never reach the handler.
   */
  readonly onPosition?: (position: { readonly topic: string; readonly partition: number; readonly nextOffset: number }) => void;
}

/**
 * Runs a consumer group over one topic: decodes each record, calls the handler, dead-letters
 * what cannot be processed, and commits each offset only once its record is done.
 */
export class ConsumerRunner<T> {
  readonly metrics: ConsumerMetrics;
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly deadLetters: DeadLetterPublisher;

  constructor(
    kafka: Kafka,
    private readonly codec: AvroCodec,
    private readonly options: ConsumerRunnerOptions<T>,
  ) {
    this.metrics = new ConsumerMetrics(options.metricsRegistry ?? new Registry());
    this.consumer = kafka.consumer({ ...options.consumer, groupId: options.groupId });
    this.producer = kafka.producer(meshProducerConfig());
    this.deadLetters = new DeadLetterPublisher(this.producer, options.clock);
    const onPosition = options.onPosition;
    if (onPosition) {
      this.consumer.on(this.consumer.events.END_BATCH_PROCESS, ({ payload }) => onPosition({ topic: payload.topic, partition: payload.partition, nextOffset: Number(payload.lastOffset) + 1 }));
    }
  }

  /** Connects, subscribes and starts consuming; resolves once the consumer runs. */
  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [this.options.topic], fromBeginning: this.options.fromBeginning ?? false });
    // Manual commits: the offset moves only after a record was processed, skipped or dead-lettered.
    await this.consumer.run({ autoCommit: false, eachMessage: (payload) => this.consume(payload).then(() => undefined) });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private consume({ topic, partition, message }: EachMessagePayload): Promise<RecordOutcome> {
    return processRecord(sourceRecordOf(topic, partition, message), {
      decode: (record) => decodeRecord<T>(this.codec, record),
      handle: (decoded) => this.options.handler(decoded),
      deadLetter: (record, error) => this.deadLetters.publish(record, error),
      commit: (record) => this.commit(record),
      count: (recordTopic, outcome) => this.metrics.count(recordTopic, outcome),
    });
  }

  private commit(record: SourceRecord): Promise<void> {
    return this.consumer.commitOffsets([{ topic: record.topic, partition: record.partition, offset: nextOffset(record) }]);
  }
}
