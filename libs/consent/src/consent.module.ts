import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { EVENT_SOURCING_DATA_SOURCE, EventSourcingModule } from '@usm/event-sourcing';
import { METRICS_REGISTRY } from '@usm/observability';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_LOG, PostgresAuditLog } from '@usm/security';
import { ConsentLegalBasisGate } from './application/consent-legal-basis.gate';
import { LedgerHealth } from './adapters/ledger-health.provider';
import { ReadModelsController } from './adapters/http/read-models.controller';
import { PrometheusLedgerMetrics } from './adapters/metrics/prometheus-ledger-metrics';
import { ExpiryTimer } from './adapters/system/expiry-timer.provider';
import { PostgresAgreementReadModel } from './adapters/postgres/postgres-agreement-read-model';
import { PostgresConsentReadModel } from './adapters/postgres/postgres-consent-read-model';
import { systemClock } from './adapters/system/system-clock';
import { uuidIdGenerator } from './adapters/system/uuid-id-generator';
import { ConsentModuleOptions } from './consent.options';
import { AGREEMENT_READ_MODEL, CLOCK, CONSENT_OPTIONS, CONSENT_READ_MODEL, ID_GENERATOR, LEDGER_METRICS, LEGAL_BASIS_GATE } from './consent.tokens';
import { ledgerEventSourcing } from './ledger-event-sourcing';
import { ledgerModuleMetadata } from './ledger.metadata';

/**
 * The consent and agreements ledger: HTTP commands and queries over event-sourced consents and agreements,
 * their read models kept by projections, and the legal-basis gate (exported for the privacy pipeline).
 * Needs `ObservabilityModule` in the app: it plugs Kafka, the registry and the database into `/health`
 * and counts commands in `/metrics` (`usm_consent_commands_total`).
 */
@Module({})
export class ConsentModule {
  static forRoot(options: ConsentModuleOptions): DynamicModule {
    const http = ledgerModuleMetadata();
    const { routes, projections, migrations } = ledgerEventSourcing(options.topics);
    // The app's registry, so the relay's backlog and status and the projections' offsets are in its /metrics.
    const eventSourcing = EventSourcingModule.forRootAsync({
      inject: [METRICS_REGISTRY],
      useFactory: (metricsRegistry: Registry) => ({
        database: { ...options.database, migrations },
        kafka: options.kafka,
        registryUrl: options.registryUrl,
        registryCredentials: options.registryCredentials,
        routes,
        projections,
        metricsRegistry,
        ...(options.relay === undefined ? {} : { relay: options.relay }),
        ...(options.projectionSettings === undefined ? {} : { projectionSettings: options.projectionSettings }),
      }),
    });
    return {
      module: ConsentModule,
      imports: [eventSourcing],
      controllers: [...(http.controllers ?? []), ReadModelsController],
      providers: [
        ...(http.providers ?? []),
        { provide: CONSENT_OPTIONS, useValue: options },
        LedgerHealth,
        ExpiryTimer,
        { provide: LEDGER_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new PrometheusLedgerMetrics(registry) },
        { provide: CLOCK, useValue: systemClock },
        { provide: ID_GENERATOR, useValue: uuidIdGenerator },
        { provide: CONSENT_READ_MODEL, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresConsentReadModel(db) },
        { provide: AGREEMENT_READ_MODEL, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresAgreementReadModel(db) },
        { provide: AUDIT_LOG, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresAuditLog(db) },
      ],
      exports: [LEGAL_BASIS_GATE, ConsentLegalBasisGate, eventSourcing, AUDIT_LOG],
    };
  }
}
