import type { AvroPublisher } from '@usm/messaging';
import type { LabelPublisher, StoredLabel } from '../../application/ports';
import { safetyLabelOf } from './safety-label.mapping';

/** Publishes labels to `safety.labels.v1` with the mesh's idempotent producer, keyed by the labelled event's id. */
export class KafkaLabelPublisher implements LabelPublisher {
  constructor(
    private readonly publisher: AvroPublisher,
    private readonly topic: string,
  ) {}

  async publish(labels: readonly StoredLabel[]): Promise<void> {
    await this.publisher.publish(this.topic, labels.map((label) => ({ key: label.eventId, value: safetyLabelOf(label) })));
  }
}
