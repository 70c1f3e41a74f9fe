import type { Producer } from 'kafkajs';
import { context } from '@opentelemetry/api';
import { withTraceHeaders } from '@usm/tracing';
import { dlqTopicOf } from '@usm/contracts';
import type { MeshError } from '@usm/errors';
import { InfrastructureError } from '@usm/errors';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { ACKS_ALL } from '../kafka/producer-settings';
import type { SourceRecord } from '../kafka/source-record';
import { deadLetterHeadersOf } from './dead-letter-headers';

/** Sends a record to `<topic>.dlq` with its original key and value bytes and the reason in headers. */
export class DeadLetterPublisher {
  constructor(
    private readonly producer: Pick<Producer, 'send'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Resolves once Kafka acknowledged the dead letter; a failed send is retriable, the record stays uncommitted. */
  async publish(record: SourceRecord, error: MeshError): Promise<void> {
    const topic = dlqTopicOf(record.topic);
    try {
      await this.producer.send({
        topic,
        acks: ACKS_ALL,
        // The dead letter continues the trace of the span that failed it (the consumer's process span).
        messages: [{ key: record.key, value: record.value, headers: withTraceHeaders(deadLetterHeadersOf(record, error, this.clock()), context.active()) }],
      });
    } catch (cause) {
      throw new InfrastructureError(MessagingErrorCode.PublishFailed, `could not dead-letter a record to ${topic}`, {
        cause,
        details: { topic: record.topic, partition: record.partition, offset: record.offset },
      });
    }
  }
}
