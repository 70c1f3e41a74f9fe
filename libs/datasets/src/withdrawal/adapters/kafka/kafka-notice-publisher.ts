import type { AvroPublisher } from '@usm/messaging';
import type { RetractionNoticePublisher } from '../../application/withdrawal.ports';
import type { RetractionNotice } from '../../domain/retraction-notice';

/** Publishes own notices on the retraction topic, key = noticeId (a replayed notice lands on the same partition). */
export class KafkaNoticePublisher implements RetractionNoticePublisher {
  constructor(
    private readonly publisher: AvroPublisher,
    private readonly topic: string,
  ) {}

  async publish(notice: RetractionNotice): Promise<void> {
    await this.publisher.publish(this.topic, [{ key: notice.noticeId, value: notice }]);
  }
}
