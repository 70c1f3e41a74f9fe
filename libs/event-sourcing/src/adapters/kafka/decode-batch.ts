import type { KafkaMessage } from 'kafkajs';
import type { AvroCodec, DeadLetterPublisher } from '@usm/messaging';
import { MeshError } from '@usm/errors';
import { sourceRecordOf } from '@usm/messaging';
import type { ProjectionEvent } from '../../domain/projection';
import { projectionEventOf } from './projection-event';

/**
 * Decodes a chunk of one partition. A record that can never decode (a contract error) goes to
 * `<topic>.dlq` and is left out; any other failure is thrown so the chunk is retried uncommitted.
 */
export async function decodeBatch<V>(
  codec: AvroCodec,
  deadLetters: Pick<DeadLetterPublisher, 'publish'>,
  topic: string,
  partition: number,
  messages: readonly KafkaMessage[],
): Promise<ProjectionEvent<V>[]> {
  const decoded: ProjectionEvent<V>[] = [];
  for (const message of messages) {
    try {
      decoded.push(await projectionEventOf<V>(codec, topic, partition, message));
    } catch (error) {
      if (!(error instanceof MeshError) || error.retriable) throw error;
      await deadLetters.publish(sourceRecordOf(topic, partition, message), error);
    }
  }
  return decoded;
}
