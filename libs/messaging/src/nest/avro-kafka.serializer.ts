import type { Serializer } from '@nestjs/microservices';
import type { IHeaders, Message } from 'kafkajs';
import { subjectOf } from '@usm/contracts';
import { ContractError } from '@usm/errors';
import type { AvroCodec } from '../codec/avro-codec';
import { MessagingErrorCode } from '../errors/messaging-error-codes';

/** What `ClientKafka.emit(topic, record)` takes with this serializer: always a keyed record. */
export interface EmittedRecord {
  readonly key: string;
  readonly value: unknown;
  readonly headers?: IHeaders;
}

/**
 * Encodes `ClientKafka.emit` payloads as Avro with the latest schema of `<topic>-value`. Asynchronous:
 * `ClientKafka` awaits its serializer. It takes only `{ key, value, headers? }`, unlike Nest's default,
 * because a value may itself have `key` or `value` fields and mesh records are always keyed.
 */
export class AvroKafkaSerializer implements Serializer<EmittedRecord, Promise<Message>> {
  constructor(private readonly codec: AvroCodec) {}

  async serialize(record: EmittedRecord, options?: { readonly pattern?: string }): Promise<Message> {
    const topic = options?.pattern;
    if (topic === undefined || topic === '') throw new TypeError('AvroKafkaSerializer needs the topic as the emit pattern');
    if (typeof record?.key !== 'string') {
      throw new ContractError(MessagingErrorCode.MissingKey, `a record emitted to ${topic} has no string key`, { details: { topic } });
    }
    return { key: record.key, value: await this.codec.encode(subjectOf(topic), record.value), headers: { ...record.headers } };
  }
}
