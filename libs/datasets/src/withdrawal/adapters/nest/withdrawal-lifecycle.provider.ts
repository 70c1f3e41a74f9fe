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
 * and the partner notices consumer. A consumer that cannot start yet (topic not created, broker away) is retried
 * in the background, so the rest of the datasets service never waits on it. Stops everything on shutdown.
 */
@Injectable()
export class WithdrawalLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private consent: ConsumerRunner<ConsentRecordEvent> | undefined;
  private partners: PartnerRetractionsConsumer | undefined;
  private producer: Producer | undefined;
  private stopping = false;
  private retry: NodeJS.Timeout | undefined;

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
    const resumed = await this.service.resume();
    if (resumed > 0) this.logger.info({ notices: resumed }, 'resumed withdrawals left settling');
    void this.startConsumers();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.retry) clearTimeout(this.retry);
    await this.partners?.stop();
    await this.consent?.stop();
    await this.service.stop();
    await this.producer?.disconnect();
    await this.publisher.disconnect();
  }

  private async startConsumers(): Promise<void> {
    try {
      await this.publisher.connect();
      if (!this.consent) await this.startConsentConsumer();
      if (!this.partners) await this.startPartnerConsumer();
      this.logger.info({ consent: withdrawalTopicsOf(this.options.topicPrefix).consentRecords }, 'dataset withdrawal follows the consent ledger and partner notices');
    } catch (error) {
      if (this.stopping) return;
      this.logger.warn({ error: error instanceof Error ? error.message : String(error), retryInMs: this.options.retryDelayMs }, 'dataset withdrawal not started yet; retrying');
      this.retry = setTimeout(() => void this.startConsumers(), this.options.retryDelayMs);
    }
  }

  private async startConsentConsumer(): Promise<void> {
    const topic = withdrawalTopicsOf(this.options.topicPrefix).consentRecords;
    const admin = this.kafka.admin();
    await admin.connect();
    const exists = await admin.listTopics().then((topics) => topics.includes(topic)).finally(() => admin.disconnect());
    if (!exists) throw new Error(`${topic} does not exist (or is not visible to this principal) yet`);
    const runner = consentEndingsConsumer(this.kafka, this.codec, this.service, { topic, groupId: `${this.options.groupPrefix}-consent`, metricsRegistry: this.registry });
    try {
      await runner.start();
    } catch (error) {
      await runner.stop().catch(() => undefined);
      throw error;
    }
    this.consent = runner;
  }

  private async startPartnerConsumer(): Promise<void> {
    const topics = withdrawalTopicsOf(this.options.topicPrefix);
    const partners = new Map(Object.entries(this.options.partners).map(([city, registry]) => [city, {
      topic: topics.partnerRetractions(city),
      codec: new AvroCodec(new ReadOnlySchemaSource(city, new SchemaRegistry({ url: registry.url, clientId: this.options.kafka.clientId, ...(registry.credentials ? { credentials: registry.credentials } : {}) }))),
    }]));
    this.producer ??= this.kafka.producer(meshProducerConfig());
    await this.producer.connect();
    const consumer = new PartnerRetractionsConsumer(this.kafka, this.service, new LocalDeadLetters(this.producer, topics.retractions), (this.consent as ConsumerRunner<ConsentRecordEvent>).metrics, {
      partners, groupId: `${this.options.groupPrefix}-partners`, discoverEveryMs: this.options.discoverEveryMs,
    }, (error) => this.logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'partner retraction topics not followed yet; retried'));
    await consumer.start();
    this.partners = consumer;
  }
}
