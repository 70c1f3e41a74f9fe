import type { IHeaders, Kafka, Producer, ProducerConfig, RecordMetadata } from 'kafkajs';
import { subjectOf } from '@usm/contracts';
import { endStep, startSendSpan, withTraceHeaders } from '@usm/tracing';
import type { TracedStep } from '@usm/tracing';
import { InfrastructureError } from '@usm/errors';
import type { AvroCodec } from '../codec/avro-codec';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { ACKS_ALL, meshProducerConfig } from '../kafka/producer-settings';

/** One record to publish: a UTF-8 key (aggregate or event id) and a value matching the topic's schema. */
export interface PublishRecord<T> {
  readonly key: string;
  readonly value: T;
  readonly headers?: IHeaders;
}

/**
 * Publishes Avro records with an idempotent producer. Values are encoded with the latest schema
 * registered under `<topic>-value` (cached), and `publish` resolves only once Kafka acknowledged all.
 */
export class AvroPublisher {
  private readonly producer: Producer;

  constructor(
    kafka: Kafka,
    private readonly codec: AvroCodec,
    producerConfig: Partial<ProducerConfig> = {},
  ) {
    this.producer = kafka.producer(meshProducerConfig(producerConfig));
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  /** Encodes every record first, so one invalid value publishes nothing, then sends them as one batch. */
  async publish<T>(topic: string, records: readonly PublishRecord<T>[]): Promise<RecordMetadata[]> {
    if (records.length === 0) return [];
    const subject = subjectOf(topic);
    const messages = await Promise.all(
      records.map(async (record) => ({ key: record.key, value: await this.codec.encode(subject, record.value), headers: record.headers })),
    );
    return this.send(topic, messages);
  }

  /** Sends records whose bytes are already final (dead letters keep the original bytes); resolves once Kafka acknowledged. */
  async publishBytes(topic: string, records: readonly { readonly key: string; readonly value: Buffer; readonly headers?: IHeaders }[]): Promise<RecordMetadata[]> {
    if (records.length === 0) return [];
    return this.send(topic, records);
  }

  /** Sends under a `send <topic>` producer span whose trace context every record carries in its headers. */
  private async send(topic: string, records: readonly { readonly key: string; readonly value: Buffer; readonly headers?: IHeaders | undefined }[]): Promise<RecordMetadata[]> {
    const step: TracedStep = startSendSpan(topic, records.length);
    const messages = records.map((record) => ({ key: record.key, value: record.value, headers: withTraceHeaders(record.headers, step.context) }));
    try {
      const sent = await this.producer.send({ topic, acks: ACKS_ALL, messages });
      endStep(step);
      return sent;
    } catch (cause) {
      endStep(step, { error: cause });
      throw new InfrastructureError(MessagingErrorCode.PublishFailed, `Kafka did not acknowledge ${records.length} records on ${topic}`, { cause, details: { topic } });
    }
  }
}
