import type { Producer } from 'kafkajs';
import { dlqTopicOf } from '@usm/contracts';
import type { MeshError } from '@usm/errors';
import { InfrastructureError } from '@usm/errors';
import type { SourceRecord } from '@usm/messaging';
import { deadLetterHeadersOf } from '@usm/messaging';

/**
 * Dead letters of a replicated topic go to the DLQ of the local topic it copies: `<partner>.*` belongs to that
 * partner's MirrorMaker 2. The headers still name the replicated topic the record came from.
 */
export class LocalDeadLetters {
  constructor(
    private readonly producer: Pick<Producer, 'send'>,
    private readonly localTopic: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async publish(record: SourceRecord, error: MeshError): Promise<void> {
    const topic = dlqTopicOf(this.localTopic);
    try {
      await this.producer.send({ topic, acks: -1, messages: [{ key: record.key, value: record.value, headers: deadLetterHeadersOf(record, error, this.clock()) }] });
    } catch (cause) {
      throw new InfrastructureError('DATASETS.DEAD_LETTER_FAILED', `could not dead-letter a record of ${record.topic} to ${topic}`, { cause, details: { topic: record.topic, partition: record.partition, offset: record.offset } });
    }
  }
}
