import type { RawSafetyEvent } from '@usm/contracts';
import type { AvroPublisher } from '@usm/messaging';
import type { RawEventPublisher } from '../../application/ports';

/** Produces raw events to the raw topic through the shared Avro publisher: key = eventId, acks = all. */
export class KafkaRawEventPublisher implements RawEventPublisher {
  constructor(
    private readonly publisher: Pick<AvroPublisher, 'publish'>,
    private readonly topic: string,
  ) {}

  async publish(events: readonly RawSafetyEvent[]): Promise<void> {
    await this.publisher.publish(
      this.topic,
      events.map((event) => ({ key: event.eventId, value: event })),
    );
  }
}
