import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { ConsentRecordEvent } from '@usm/contracts';
import type { AvroCodec, DecodedRecord, HandlerResult } from '@usm/messaging';
import { ConsumerRunner } from '@usm/messaging';
import type { WithdrawalService } from '../../application/withdrawal.service';
import { consentEndedOf } from '../../domain/consent-ended';

/**
 * Follows the city's consent ledger (read_committed: the consent relay writes in transactions) and hands every
 * revocation and expiry to withdrawal. The offset is committed once the notice is recorded; an undecodable record
 * goes to `consent.records.v1.dlq`. From the beginning for a new group: past revocations still count.
 */
export function consentEndingsConsumer(kafka: Kafka, codec: AvroCodec, service: WithdrawalService, options: { topic: string; groupId: string; metricsRegistry: Registry }): ConsumerRunner<ConsentRecordEvent> {
  const handler = async (record: DecodedRecord<ConsentRecordEvent>): Promise<HandlerResult> => {
    const ended = consentEndedOf(record.value);
    if (!ended) return 'skipped';
    return (await service.onConsentEnded(ended)) === 'ignored' ? 'skipped' : 'processed';
  };
  return new ConsumerRunner<ConsentRecordEvent>(kafka, codec, {
    topic: options.topic,
    groupId: options.groupId,
    fromBeginning: true,
    handler,
    metricsRegistry: options.metricsRegistry,
    consumer: { readUncommitted: false, allowAutoTopicCreation: false },
  });
}
