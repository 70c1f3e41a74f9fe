import type { IncomingEvent } from '@nestjs/microservices';
import { KafkaContext, ServerKafka } from '@nestjs/microservices';
import type { Consumer, EachMessagePayload, KafkaMessage, Producer } from '@nestjs/microservices/external/kafka.interface';
import { Registry } from 'prom-client';
import { AvroCodec } from '../codec/avro-codec';
import { ConsumerMetrics } from '../consumer/consumer-metrics';
import { processRecord } from '../consumer/process-record';
import type { HandlerResult, RecordOutcome } from '../consumer/record-outcome';
import { DeadLetterPublisher } from '../dead-letter/dead-letter-publisher';
import type { KafkaConnection } from '../kafka/kafka-connection';
import { kafkaConfigOf } from '../kafka/kafka-connection';
import { meshProducerConfig } from '../kafka/producer-settings';
import type { SourceRecord } from '../kafka/source-record';
import { nextOffset, sourceRecordOf } from '../kafka/source-record';
import type { RegistryCredentials } from '../registry/registry-credentials';
import { SchemaRegistry } from '../registry/schema-registry';
import { AvroKafkaDeserializer } from './avro-kafka.deserializer';

const flattenedWarning =
  'An event handler failed and Nest flattened the error, so it is retried rather than dead-lettered. ' +
  'Register MeshRpcExceptionFilter to send non-retriable MeshErrors to the DLQ.';

/** Nest's default RPC filter turns any handler error into this plain object. */
function isFlattenedByNest(error: unknown): boolean {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && (error as { status?: unknown }).status === 'error';
}

export interface AvroKafkaServerOptions {
  readonly kafka: KafkaConnection;
  /** Base URL of the city's Confluent-compatible registry API. */
  readonly registryUrl: string;
  readonly registryCredentials?: RegistryCredentials;
  /** Used as is: unlike `ServerKafka`, no `-server` suffix is appended. */
  readonly groupId: string;
  readonly fromBeginning?: boolean;
  readonly metricsRegistry?: Registry;
  readonly clock?: () => Date;
}

/**
 * `ServerKafka` whose `@EventPattern` handlers receive decoded, validated Avro values. It decodes before
 * dispatch because only here the original bytes are still at hand: a poison record, or a handler's
 * non-retriable `MeshError` (with `MeshRpcExceptionFilter`), goes to `<topic>.dlq` exactly as the
 * `ConsumerRunner` does it, and the consumer moves on. Offsets are committed per record once it is done.
 */
export class AvroKafkaServer extends ServerKafka {
  readonly metrics: ConsumerMetrics;
  private readonly deadLetters: DeadLetterPublisher;

  constructor(options: AvroKafkaServerOptions) {
    const codec = new AvroCodec(new SchemaRegistry({ url: options.registryUrl, clientId: options.kafka.clientId, credentials: options.registryCredentials }));
    super({
      client: kafkaConfigOf(options.kafka),
      consumer: { groupId: options.groupId },
      postfixId: '',
      subscribe: { fromBeginning: options.fromBeginning ?? false },
      run: { autoCommit: false },
      producer: meshProducerConfig(),
      // Keep values as bytes: Nest's parser would otherwise turn any value not starting with byte 0 into text or JSON.
      parser: { keepBinary: true },
      deserializer: new AvroKafkaDeserializer(codec),
    });
    this.metrics = new ConsumerMetrics(options.metricsRegistry ?? new Registry());
    this.deadLetters = new DeadLetterPublisher({ send: (record) => this.connected('producer').send(record) }, options.clock);
  }

  override handleMessage(payload: EachMessagePayload): Promise<RecordOutcome> {
    return processRecord(sourceRecordOf(payload.topic, payload.partition, payload.message), {
      decode: async (record) => (await this.deserializer.deserialize(record, { channel: record.topic })) as IncomingEvent,
      handle: (packet) => this.dispatch(payload, packet),
      deadLetter: (record, error) => this.deadLetters.publish(record, error),
      commit: (record) => this.commit(record),
      count: (topic, outcome) => this.metrics.count(topic, outcome),
    });
  }

  private async dispatch(payload: EachMessagePayload, packet: IncomingEvent): Promise<HandlerResult> {
    if (!this.getHandlerByPattern(payload.topic)) return 'skipped';
    // Handlers see the message as Nest shows it (key and headers as text) with the raw value bytes.
    const message = this.parser?.parse<KafkaMessage>({ ...payload.message, topic: payload.topic, partition: payload.partition }) ?? payload.message;
    const context = new KafkaContext([message, payload.partition, payload.topic, this.connected('consumer'), payload.heartbeat, this.connected('producer')]);
    try {
      await this.handleEvent(payload.topic, { pattern: payload.topic, data: packet.data }, context);
    } catch (error) {
      if (isFlattenedByNest(error)) this.logger.warn(flattenedWarning);
      throw error;
    }
    return 'processed';
  }

  private commit(record: SourceRecord): Promise<void> {
    return this.connected('consumer').commitOffsets([{ topic: record.topic, partition: record.partition, offset: nextOffset(record) }]);
  }

  private connected(client: 'consumer'): Consumer;
  private connected(client: 'producer'): Producer;
  private connected(client: 'consumer' | 'producer'): Consumer | Producer {
    const instance = client === 'consumer' ? this.consumer : this.producer;
    if (!instance) throw new Error(`AvroKafkaServer: the ${client} is not started`);
    return instance;
  }
}
