import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { AvroPublisher, ConsumerRunner } from '@usm/messaging';
import { ANONYMISED_EVENTS_CONSUMER, LABELS_AVRO_PUBLISHER } from '../labels.tokens';

/** Connects the label publisher and starts the anonymised-events consumer at boot; stops both at shutdown. */
@Injectable()
export class LabelsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(LABELS_AVRO_PUBLISHER) private readonly publisher: AvroPublisher,
    @Inject(ANONYMISED_EVENTS_CONSUMER) private readonly consumer: ConsumerRunner<AnonymisedSafetyEvent>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await this.consumer.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.publisher.disconnect();
  }
}
