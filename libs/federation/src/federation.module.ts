import { readFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { KAFKA_CLIENT, createKafka } from '@usm/messaging';
import type { KafkaConnection } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Kafka } from 'kafkajs';
import { PinoLogger } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_LOG, PostgresAuditLog } from '@usm/security';
import type { Clock, PartnerAclStore, ReplicationAuditLog, ReplicationLagMonitor, ReplicationRuntime, Scheduler } from './application/ports';
import { ReplicationReconciler } from './application/replication-reconciler';
import { catalogTopicLookup } from './adapters/catalog-topic-lookup';
import { FederationHealth } from './adapters/federation-health.provider';
import { FederationStatusController } from './adapters/http/federation-status.controller';
import { AgreementsListener } from './adapters/kafka/agreements-listener.provider';
import { ConfigTopicSweepingRuntime } from './adapters/kafka/config-topic-sweeper';
import { KafkaPartnerAclStore } from './adapters/kafka/kafka-partner-acls';
import { KafkaReplicationLagMonitor } from './adapters/kafka/kafka-replication-lag-monitor';
import { LagPoller } from './adapters/metrics/lag-poller.provider';
import { PrometheusFederationMetrics } from './adapters/metrics/prometheus-federation-metrics';
import { MirrorMakerProcess } from './adapters/mirror-maker/mirror-maker-process';
import { StrimziMirrorMakerRuntime } from './adapters/mirror-maker/strimzi-runtime';
import { FEDERATION_DATA_SOURCE, federationDataSourceOptions } from './adapters/postgres/federation-data-source';
import { PostgresReplicationAudit } from './adapters/postgres/postgres-replication-audit';
import type { MirrorMakerCluster } from './domain/mirror-maker-properties';
import { FederationOptions } from './federation.options';
import { FEDERATION_CLOCK, FEDERATION_OPTIONS, FEDERATION_SCHEDULER, PARTNER_ACL_STORE, REPLICATION_AUDIT_LOG, REPLICATION_LAG_MONITOR, REPLICATION_RUNTIME } from './federation.tokens';

const systemClock: Clock = { now: () => Date.now() };

/** The federation governs partner rules on catalog topics (any of them: a partner rule on a raw topic is revoked too). */
function governedTopic(prefix: string, topic: string): boolean {
  return topic.startsWith(prefix) && catalogTopicLookup(topic.slice(prefix.length)) !== undefined;
}

const timerScheduler: Scheduler = {
  schedule: (delayMs, work) => {
    const timer = setTimeout(work, delayMs);
    return () => clearTimeout(timer);
  },
};

/**
 * How this city's federation reaches a partner's cluster to measure lag and sweep its own old config topics: as
 * `mm2-<city>`, the principal that partner issued to this city's MirrorMaker 2 (PLAINTEXT on an insecure node).
 */
function partnerConnectionOf(city: string, partner: MirrorMakerCluster): KafkaConnection {
  const connection = { brokers: partner.bootstrapServers, clientId: `${city}-federation-probe` };
  const security = partner.security;
  if (!security) return connection;
  const username = `mm2-${city}`;
  const passwordFile = security.passwordFiles[username];
  if (!passwordFile) throw new Error(`No password file of ${username} issued by ${partner.alias}`);
  return { ...connection, security: { ca: readFileSync(security.caFile, 'utf8'), sasl: { mechanism: 'scram-sha-512', username, password: readFileSync(passwordFile, 'utf8').trim() } } };
}

function adapterProviders(options: FederationOptions): Provider[] {
  const partnerKafka = new Map(options.partners.map((p) => [p.alias, createKafka(partnerConnectionOf(options.city, p))]));
  return [
    { provide: FEDERATION_CLOCK, useValue: systemClock },
    { provide: FEDERATION_SCHEDULER, useValue: timerScheduler },
    // The federation principal manages partner rules on its own cluster; without an authorizer (MESH_INSECURE) there are none to manage.
    { provide: PARTNER_ACL_STORE, inject: [KAFKA_CLIENT], useFactory: (kafka: Kafka) => (options.brokerAcls ? new KafkaPartnerAclStore(kafka, (topic) => governedTopic(options.topicPrefix, topic)) : null) },
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
        const runtime = options.runtime;
        if (runtime?.kind === 'strimzi') return new StrimziMirrorMakerRuntime({ ...runtime, settings: options.mirrorMaker.settings });
        logger.setContext('ConfigTopicSweepingRuntime');
        return new ConfigTopicSweepingRuntime(mirrorMaker, options.city, (city) => partnerKafka.get(city), (partner, error) =>
          logger.warn({ partner, error: (error as Error).message }, 'stale MirrorMaker 2 config topics not deleted; retried on the next change'),
        );
      },
    },
    { provide: REPLICATION_AUDIT_LOG, inject: [getDataSourceToken(FEDERATION_DATA_SOURCE)], useFactory: (dataSource: DataSource) => new PostgresReplicationAudit(dataSource, new PostgresAuditLog(dataSource)) },
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
    inject: [REPLICATION_RUNTIME, PARTNER_ACL_STORE, REPLICATION_AUDIT_LOG, REPLICATION_LAG_MONITOR, FEDERATION_CLOCK, FEDERATION_SCHEDULER, PrometheusFederationMetrics, PinoLogger],
    useFactory: (runtime: ReplicationRuntime, acls: PartnerAclStore | null, audit: ReplicationAuditLog, lag: ReplicationLagMonitor, clock: Clock, scheduler: Scheduler, metrics: PrometheusFederationMetrics, logger: PinoLogger) => {
      logger.setContext('ReplicationReconciler');
      const settings = {
        localCity: options.city,
        clusters: [{ alias: options.city, bootstrapServers: options.localBootstrapServers, ...(options.localSecurity ? { security: options.localSecurity } : {}) }, ...options.partners],
        topicPrefix: options.topicPrefix,
        mirrorMaker: options.mirrorMaker.settings,
        lookup: catalogTopicLookup,
        retryDelayMs: options.retryDelayMs,
      };
      const log = { info: logger.info.bind(logger), warn: logger.warn.bind(logger), error: logger.error.bind(logger) };
      return new ReplicationReconciler(settings, { runtime, acls: acls ?? undefined, audit, lag, clock, scheduler, logger: log, onOutcome: (outcome) => metrics.countOutcome(outcome) });
    },
  };
}

/**
 * The federation context: follows `agreements.v1`, keeps the partner principals' broker rules and MirrorMaker 2
 * exactly those of the agreements in force with partner cities, audits every change and exposes `/federation/status` with lag.
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
