import type { AvroPublisher } from '@usm/messaging';
import type { ReleaseEventPublisher } from '../../application/ports';
import type { ReleaseRecord } from '../../application/release-record';
import { releasedEventOf, withdrawnEventOf } from './release-event.mapping';

/**
 * Publishes release facts with the mesh's idempotent producer (a retried send is not duplicated). Not
 * transactional: one record per fact, keyed by release id, and event ids derived from the fact, so a
 * re-publication after a crash repeats the same event rather than inventing a new one.
 */
export class KafkaReleasePublisher implements ReleaseEventPublisher {
  constructor(
    private readonly publisher: AvroPublisher,
    private readonly topic: string,
    private readonly croissantUriOf: (releaseId: string) => string,
  ) {}

  async published(record: ReleaseRecord): Promise<void> {
    await this.publisher.publish(this.topic, [{ key: record.releaseId, value: releasedEventOf(record, this.croissantUriOf(record.releaseId)) }]);
  }

  async withdrawn(record: ReleaseRecord): Promise<void> {
    await this.publisher.publish(this.topic, [{ key: record.releaseId, value: withdrawnEventOf(record) }]);
  }
}
