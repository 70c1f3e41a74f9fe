import type { KafkaMessage } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import { headersAsText } from '@usm/messaging';
import type { ProjectionEvent } from '../../domain/projection';

/** Decodes a consumed message (Avro, Confluent wire format) into what a projection sees. */
export async function projectionEventOf<V>(codec: AvroCodec, topic: string, partition: number, message: KafkaMessage): Promise<ProjectionEvent<V>> {
  const { value } = await codec.decode<V>(message.value);
  return {
    topic,
    partition,
    offset: message.offset,
    timestamp: message.timestamp,
    key: message.key ? message.key.toString('utf8') : null,
    headers: headersAsText(message.headers ?? {}),
    value,
  };
}
