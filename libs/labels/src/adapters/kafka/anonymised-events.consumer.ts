import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { AvroCodec } from '@usm/messaging';
import { ConsumerRunner } from '@usm/messaging';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { RuleLabellingHandler } from '../../application/rule-labelling.handler';

/**
 * Driving adapter: the city's own anonymised events, read committed (kafkajs' default isolation), in a group
 * of the labels principal; what cannot be decoded goes to `<topic>.dlq` (the consumer runner's rule).
 */
export function anonymisedEventsConsumer(kafka: Kafka, codec: AvroCodec, topic: string, groupId: string, handler: RuleLabellingHandler, metricsRegistry: Registry): ConsumerRunner<AnonymisedSafetyEvent> {
  return new ConsumerRunner<AnonymisedSafetyEvent>(kafka, codec, {
    topic,
    groupId,
    fromBeginning: true,
    metricsRegistry,
    consumer: { readUncommitted: false, allowAutoTopicCreation: false },
    handler: async (record) => ((await handler.handle(record.value)).status === 'labelled' ? 'processed' : 'skipped'),
  });
}
