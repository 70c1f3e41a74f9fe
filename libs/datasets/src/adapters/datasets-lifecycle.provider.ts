import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AvroPublisher } from '@usm/messaging';
import { KafkaCompanyAgreements } from './kafka/company-agreements.consumer';
import { KafkaSubjectIndexFeed } from './kafka/subject-index.consumer';
import { DatasetsModuleOptions } from '../datasets.options';
import { COMPANY_AGREEMENTS, DATASETS_OPTIONS, SUBJECT_INDEX_FEED } from '../datasets.tokens';
import { RELEASE_AVRO_PUBLISHER } from './kafka/release-avro-publisher.token';

/**
 * Connects the release publisher and starts the agreements replay at boot, and the subject index feed in the
 * background (retried while the own anonymised topic does not exist yet); stops them all at shutdown.
 */
@Injectable()
export class DatasetsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DatasetsSubjectIndex');
  private retry: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(
    @Inject(RELEASE_AVRO_PUBLISHER) private readonly publisher: AvroPublisher,
    @Inject(COMPANY_AGREEMENTS) private readonly agreements: KafkaCompanyAgreements,
    @Inject(SUBJECT_INDEX_FEED) private readonly subjectIndex: KafkaSubjectIndexFeed,
    @Inject(DATASETS_OPTIONS) private readonly options: DatasetsModuleOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
    await this.agreements.start();
    void this.startSubjectIndex();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    await this.subjectIndex.stop();
    await this.agreements.stop();
    await this.publisher.disconnect();
  }

  private async startSubjectIndex(): Promise<void> {
    try {
      await this.subjectIndex.start();
      this.logger.log({ msg: 'subject index follows the own anonymised stream', topic: this.subjectIndex.status().topic });
    } catch (error) {
      if (this.stopping) return;
      const retryInMs = this.options.subjectIndex?.retryDelayMs ?? 2_000;
      this.logger.warn({ msg: 'subject index not started yet; retrying', error: error instanceof Error ? error.message : String(error), retryInMs });
      this.retry = setTimeout(() => void this.startSubjectIndex(), retryInMs);
    }
  }
}
