import type { ValidationResult } from '@usm/contracts';
import type { AvroPublisher } from '@usm/messaging';
import type { ResultPublisher } from '../../application/ports';

/** Publishes results, keyed by run id, with the mesh's idempotent producer. */
export class KafkaResultPublisher implements ResultPublisher {
  constructor(
    private readonly publisher: AvroPublisher,
    private readonly topic: string,
  ) {}

  async publish(result: ValidationResult): Promise<void> {
    await this.publisher.publish(this.topic, [{ key: result.runId, value: result }]);
  }
}
