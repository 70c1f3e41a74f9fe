import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { AvroPublisher } from '@usm/messaging';
import { RELEASE_CATALOG, RESULT_AVRO_PUBLISHER, RESULT_FEED } from '../validation-service.tokens';
import type { KafkaReleaseCatalog } from './kafka/release-catalog.consumer';
import type { KafkaResultFeed } from './kafka/results.consumer';

/** Starts the producer and the two replays at boot, stops them at shutdown. */
@Injectable()
export class ValidationLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(RESULT_AVRO_PUBLISHER) private readonly publisher: AvroPublisher,
    @Inject(RELEASE_CATALOG) private readonly releases: KafkaReleaseCatalog,
    @Inject(RESULT_FEED) private readonly results: KafkaResultFeed,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await this.releases.start();
    await this.results.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.results.stop().catch(() => undefined);
    await this.releases.stop().catch(() => undefined);
    await this.publisher.disconnect().catch(() => undefined);
  }
}
