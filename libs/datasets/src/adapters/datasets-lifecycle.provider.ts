import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AvroPublisher } from '@usm/messaging';
import { KafkaCompanyAgreements } from './kafka/company-agreements.consumer';
import { COMPANY_AGREEMENTS } from '../datasets.tokens';
import { RELEASE_AVRO_PUBLISHER } from './kafka/release-avro-publisher.token';

/** Connects the release publisher and starts the agreements replay at boot; stops both at shutdown. */
@Injectable()
export class DatasetsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(RELEASE_AVRO_PUBLISHER) private readonly publisher: AvroPublisher,
    @Inject(COMPANY_AGREEMENTS) private readonly agreements: KafkaCompanyAgreements,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await this.agreements.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.agreements.stop();
    await this.publisher.disconnect();
  }
}
