import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AvroCodec, AvroPublisher, ReadOnlySchemaSource, SchemaRegistry, meshProducerConfig } from '@usm/messaging';
import type { ConsumerRunner } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { ConsentRecordEvent } from '@usm/contracts';
import { Kafka, Producer } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { WithdrawalService } from '../../application/withdrawal.service';
import { DatasetsWithdrawalOptions } from '../../datasets-withdrawal.options';
import { WITHDRAWAL_CODEC, WITHDRAWAL_KAFKA, WITHDRAWAL_OPTIONS, WITHDRAWAL_PUBLISHER } from '../../datasets-withdrawal.tokens';
import { consentEndingsConsumer } from '../kafka/consent-endings.consumer';
import { LocalDeadLetters } from '../kafka/local-dead-letters';
import { PartnerRetractionsConsumer } from '../kafka/partner-retractions.consumer';
import { withdrawalTopicsOf } from '../kafka/withdrawal-topics';

/**
 * Starts withdrawal once the app is up: work left settling by a crash first, then the consent ledger consumer
 * and the partner notices consumer; stops them (and the background work) on shutdown.
 */
@Injectable()
export class WithdrawalLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private consent: ConsumerRunner<ConsentRecordEvent> | undefined;
  private partners: PartnerRetractionsConsumer | undefined;
  private producer: Producer | undefined;

  constructor(
    @Inject(WITHDRAWAL_OPTIONS) private readonly options: DatasetsWithdrawalOptions,
    @Inject(WITHDRAWAL_KAFKA) private readonly kafka: Kafka,
    @Inject(WITHDRAWAL_CODEC) private readonly codec: AvroCodec,
    @Inject(WITHDRAWAL_PUBLISHER) private readonly publisher: AvroPublisher,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
    private readonly service: WithdrawalService,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('DatasetsWithdrawal');
  }

  async onApplicationBootstrap(): Promise<void> {
    const topics = withdrawalTopicsOf(this.options.topicPrefix);
    await this.publisher.connect();
    const resumed = await this.service.resume();
    if (resumed > 0) this.logger.info({ notices: resumed }, 'resumed withdrawals left settling');
    this.consent = consentEndingsConsumer(this.kafka, this.codec, this.service, { topic: topics.consentRecords, groupId: `${this.options.groupPrefix}-consent`, metricsRegistry: this.registry });
    await this.consent.start();
    const partners = new Map(Object.entries(this.options.partners).map(([city, registry]) => [city, {
      topic: topics.partnerRetractions(city),
      codec: new AvroCodec(new ReadOnlySchemaSource(city, new SchemaRegistry({ url: registry.url, clientId: this.options.kafka.clientId, ...(registry.credentials ? { credentials: registry.credentials } : {}) }))),
    }]));
    this.producer = this.kafka.producer(meshProducerConfig());
    await this.producer.connect();
    this.partners = new PartnerRetractionsConsumer(this.kafka, this.service, new LocalDeadLetters(this.producer, topics.retractions), this.consent.metrics, {
      partners, groupId: `${this.options.groupPrefix}-partners`, discoverEveryMs: this.options.discoverEveryMs,
    }, (error) => this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'partner retraction topics not followed yet; retried'));
    await this.partners.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.partners?.stop();
    await this.consent?.stop();
    await this.service.stop();
    await this.producer?.disconnect();
    await this.publisher.disconnect();
  }
}
