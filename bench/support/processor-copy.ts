import type { Kafka } from 'kafkajs';
import type { AvroCodec } from '@usm/messaging';
import { TransactionalProcessor } from '@usm/messaging';

/**
 * Our transactional processor with a transform that re-emits each decoded value unchanged: the pipeline's
 * machinery (decode, encode, transactions, offsets) without the privacy work, to tell the two costs apart.
 */
export async function startProcessorCopy(kafka: Kafka, codec: AvroCodec, options: { input: string; output: string; groupId: string; chunkRecords: number }): Promise<() => Promise<void>> {
  const processor = new TransactionalProcessor<unknown>(kafka, codec, {
    inputTopic: options.input,
    groupId: options.groupId,
    transactionalId: `${options.groupId}-0`,
    fromBeginning: true,
    settings: { maxChunkRecords: options.chunkRecords },
    transform: (record) => ({ outcome: 'processed', outputs: [{ topic: options.output, key: record.key ?? '', value: record.value }] }),
  });
  await processor.start();
  return () => processor.stop();
}
