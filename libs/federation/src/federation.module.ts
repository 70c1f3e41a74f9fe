import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { KAFKA_CLIENT, createKafka } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_LOG, PostgresAuditLog } from '@usm/security';
import type { Clock, ReplicationAuditLog, ReplicationLagMonitor, ReplicationRuntime } from './application/ports';
import { ReplicationReconciler } from './application/replication-reconciler';
import { catalogTopicLookup } from './adapters/catalog-topic-lookup';
import { FederationHealth } from './adapters/federation-health.provider';
import { FederationStatusController } from './adapters/http/federation-status.controller';
import { AgreementsListener } from './adapters/kafka/agreements-listener.provider';
import { ConfigTopicSweepingRuntime } from './adapters/kafka/config-topic-sweeper';
import { KafkaReplicationLagMonitor } from './adapters/kafka/kafka-replication-lag-monitor';
import { LagPoller } from './adapters/metrics/lag-poller.provider';
import { PrometheusFederationMetrics } from './adapters/metrics/prometheus-federation-metrics';
import { MirrorMakerProcess } from './adapters/mirror-maker/mirror-maker-process';
import { FEDERATION_DATA_SOURCE, federationDataSourceOptions } from './adapters/postgres/federation-data-source';
import { PostgresReplicationAudit } from './adapters/postgres/postgres-replication-audit';
import { FederationOptions } from './federation.options';
import { FEDERATION_CLOCK, FEDERATION_OPTIONS, REPLICATION_AUDIT_LOG, REPLICATION_LAG_MONITOR, REPLICATION_RUNTIME } from './federation.tokens';

const systemClock: Clock = { now: () => Date.now() };

function adapterProviders(options: FederationOptions): Provider[] {
  const partnerKafka = new Map(options.partners.map((p) => [p.alias, createKafka({ brokers: p.bootstrapServers, clientId: `${options.city}-federation-probe` })]));
  return [
    { provide: FEDERATION_CLOCK, useValue: systemClock },
    { provide: PrometheusFederationMetrics, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new PrometheusFederationMetrics(registry) },
    {
      provide: MirrorMakerProcess,
      inject: [PinoLogger],
      useFactory: (logger: PinoLogger) => {
        logger.setContext('MirrorMakerProcess');
        return new MirrorMakerProcess(options.mirrorMaker, (code, restartError) =>
          restartError === undefined
            ? logger.error({ exitCode: code, restartInMs: options.mirrorMaker.restartDelayMs ?? 0 }, 'MirrorMaker 2 exited on its own; agreed flows stop until it is restarted')
            : logger.error({ code: (restartError as { code?: string }).code }, 'MirrorMaker 2 could not be restarted after a crash'),
        );
      },
    },
    {
      provide: REPLICATION_RUNTIME,
      inject: [MirrorMakerProcess, PinoLogger],
      useFactory: (mirrorMaker: MirrorMakerProcess, logger: PinoLogger) => {
        logger.setContext('ConfigTopicSweepingRuntime');
        return new ConfigTopicSweepingRuntime(mirrorMaker, options.city, (city) => partnerKafka.get(city), (partner, error) =>
          logger.warn({ partner, error: (error as Error).message }, 'stale MirrorMaker 2 config topics not deleted; retried on the next change'),
        );
      },
    },
    { provide: REPLICATION_AUDIT_LOG, inject: [getDataSourceToken(FEDERATION_DATA_SOURCE)], useFactory: (dataSource: DataSource) => new PostgresReplicationAudit(dataSource) },
    {
      provide: REPLICATION_LAG_MONITOR,
      inject: [KAFKA_CLIENT, PrometheusFederationMetrics],
      useFactory: (kafka: Kafka, metrics: PrometheusFederationMetrics) =>
        new KafkaReplicationLagMonitor(kafka, (city) => partnerKafka.get(city), `${options.city}-federation-probe`, (target, topic, lagMs) => metrics.observeArrival(target, topic, lagMs)),
    },
  ];
}

function reconcilerProvider(options: FederationOptions): Provider {
  return {
    provide: ReplicationReconciler,
    inject: [REPLICATION_RUNTIME, REPLICATION_AUDIT_LOG, REPLICATION_LAG_MONITOR, FEDERATION_CLOCK, PrometheusFederationMetrics, PinoLogger],
    useFactory: (runtime: ReplicationRuntime, audit: ReplicationAuditLog, lag: ReplicationLagMonitor, clock: Clock, metrics: PrometheusFederationMetrics, logger: PinoLogger) => {
      logger.setContext('ReplicationReconciler');
      const settings = {
        localCity: options.city,
        clusters: [{ alias: options.city, bootstrapServers: options.localBootstrapServers }, ...options.partners],
        topicPrefix: options.topicPrefix,
        mirrorMaker: options.mirrorMaker.settings,
        lookup: catalogTopicLookup,
      };
      const log = { info: logger.info.bind(logger), warn: logger.warn.bind(logger), error: logger.error.bind(logger) };
      return new ReplicationReconciler(settings, { runtime, audit, lag, clock, logger: log, onOutcome: (outcome) => metrics.countOutcome(outcome) });
    },
  };
}

/**
 * The federation context: follows `agreements.v1`, keeps MirrorMaker 2 running exactly the flows of the
 * active agreements with partner cities, audits every change and exposes `/federation/status` with lag.
 * Needs `MessagingModule` and `ObservabilityModule` in the app.
 */
@Module({})
export class FederationModule {
  static forRoot(options: FederationOptions): DynamicModule {
    return {
      module: FederationModule,
      imports: [TypeOrmModule.forRoot(federationDataSourceOptions(options.database)), TerminusModule],
      controllers: [FederationStatusController],
      providers: [
        { provide: FEDERATION_OPTIONS, useValue: options },
        ...adapterProviders(options),
        reconcilerProvider(options),
        AgreementsListener,
        LagPoller,
        FederationHealth,
        { provide: AUDIT_LOG, inject: [getDataSourceToken(FEDERATION_DATA_SOURCE)], useFactory: (dataSource: DataSource) => new PostgresAuditLog(dataSource) },
      ],
      exports: [ReplicationReconciler, MirrorMakerProcess, AUDIT_LOG],
    };
  }
}
