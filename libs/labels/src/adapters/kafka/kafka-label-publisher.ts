import type { AvroPublisher } from '@usm/messaging';
import type { LabelPublisher, StoredLabel } from '../../application/ports';
import { assertShareableLabel } from '../../domain/label/label.rules';
import { safetyLabelOf } from './safety-label.mapping';

/**
 * Publishes labels to `safety.labels.v1` with the mesh's idempotent producer, keyed by the labelled event's id.
 * The topic replicates to partner cities, so every label is checked against the closed formats here, at the last
 * step before the bytes leave: a path that skipped request parsing (an old task, a new caller) still cannot leak.
 */
export class KafkaLabelPublisher implements LabelPublisher {
  constructor(
    private readonly publisher: AvroPublisher,
    private readonly topic: string,
  ) {}

  async publish(labels: readonly StoredLabel[]): Promise<void> {
    const shareable = labels.map(assertShareableLabel);
    await this.publisher.publish(this.topic, shareable.map((label) => ({ key: label.eventId, value: safetyLabelOf(label) })));
  }
}
