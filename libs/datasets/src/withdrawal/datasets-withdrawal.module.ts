import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { AvroCodec, AvroPublisher, SchemaRegistry, createKafka } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { WithdrawalService } from './application/withdrawal.service';
import type { ReleaseSupersession, SubjectEventsQuery, WithdrawalStore } from './application/withdrawal.ports';
import { KafkaNoticePublisher } from './adapters/kafka/kafka-notice-publisher';
import { withdrawalTopicsOf } from './adapters/kafka/withdrawal-topics';
import { PrometheusWithdrawalMetrics } from './adapters/metrics/prometheus-withdrawal-metrics';
import { WithdrawalLifecycle } from './adapters/nest/withdrawal-lifecycle.provider';
import { PostgresWithdrawalStore } from './adapters/postgres/postgres-withdrawal-store';
import { WITHDRAWAL_DATA_SOURCE, withdrawalDataSourceOptions } from './adapters/postgres/withdrawal-data-source';
import { DatasetsWithdrawalModuleOptions, DatasetsWithdrawalOptions } from './datasets-withdrawal.options';
import { RELEASE_SUPERSESSION, SUBJECT_EVENTS, WITHDRAWAL_CODEC, WITHDRAWAL_KAFKA, WITHDRAWAL_OPTIONS, WITHDRAWAL_PUBLISHER, WITHDRAWAL_STORE } from './datasets-withdrawal.tokens';

/** Who withdraws and rebuilds in the release ledger and audit: this service on behalf of the consent that ended. */
export const withdrawalActor = 'service:datasets-withdrawal';

function serviceFactory(options: DatasetsWithdrawalOptions) {
  return (store: WithdrawalStore, publisher: AvroPublisher, subjects: SubjectEventsQuery, releases: ReleaseSupersession, registry: Registry, logger: PinoLogger) => {
    logger.setContext('DatasetsWithdrawal');
    return new WithdrawalService({ city: options.city, actor: withdrawalActor, retryDelayMs: options.retryDelayMs }, {
      store,
      publisher: new KafkaNoticePublisher(publisher, withdrawalTopicsOf(options.topicPrefix).retractions),
      subjects,
      releases,
      metrics: new PrometheusWithdrawalMetrics(registry),
      clock: { now: () => new Date() },
      logger: { warn: (details, message) => logger.warn(details, message), info: (details, message) => logger.info(details, message) },
    });
  };
}

function messagingProviders(o: DatasetsWithdrawalOptions): Provider[] {
  return [
    { provide: WITHDRAWAL_KAFKA, useFactory: () => createKafka(o.kafka) },
    { provide: WITHDRAWAL_CODEC, useFactory: () => new AvroCodec(new SchemaRegistry({ url: o.registryUrl, clientId: o.kafka.clientId, ...(o.registryCredentials ? { credentials: o.registryCredentials } : {}) })) },
    { provide: WITHDRAWAL_PUBLISHER, inject: [WITHDRAWAL_KAFKA, WITHDRAWAL_CODEC], useFactory: (kafka: Kafka, codec: AvroCodec) => new AvroPublisher(kafka, codec) },
  ];
}

/**
 * Dataset withdrawal: the end of a consent for AI training or validation retracts the subject's events here
 * (notice published for partners, every release holding them superseded) and a partner's notice does the same
 * for its events. Exports the store, whose `retractedAmong` later builds consult. Needs `ObservabilityModule`
 * (metrics, pino) in the app; brings its own Kafka client, registry codec and data source.
 */
@Module({})
export class DatasetsWithdrawalModule {
  static forRoot(options: DatasetsWithdrawalModuleOptions): DynamicModule {
    const settings = options.withdrawal;
    return {
      module: DatasetsWithdrawalModule,
      imports: [TypeOrmModule.forRoot(withdrawalDataSourceOptions(settings.database)), ...(options.imports ?? [])],
      providers: [
        { provide: WITHDRAWAL_OPTIONS, useValue: settings },
        ...messagingProviders(settings),
        { provide: WITHDRAWAL_STORE, inject: [getDataSourceToken(WITHDRAWAL_DATA_SOURCE)], useFactory: (dataSource: DataSource) => new PostgresWithdrawalStore(dataSource) },
        { provide: RELEASE_SUPERSESSION, inject: options.releases.inject ?? [], useFactory: options.releases.useFactory },
        { provide: SUBJECT_EVENTS, inject: options.subjects.inject ?? [], useFactory: options.subjects.useFactory },
        {
          provide: WithdrawalService,
          inject: [WITHDRAWAL_STORE, WITHDRAWAL_PUBLISHER, SUBJECT_EVENTS, RELEASE_SUPERSESSION, METRICS_REGISTRY, PinoLogger],
          useFactory: serviceFactory(settings),
        },
        WithdrawalLifecycle,
        ...(options.providers ?? []),
      ],
      exports: [WITHDRAWAL_STORE, WithdrawalService],
    };
  }
}
