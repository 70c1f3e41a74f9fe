import type { Provider } from '@nestjs/common';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { createPostgresEventStore, openEventSourcingDataSource } from '@usm/event-sourcing';
import { METRICS_REGISTRY } from '@usm/observability';
import { AUDIT_LOG, CreateAuditLog1796400000000, PostgresAuditLog } from '@usm/security';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APPLICATION_READ_MODEL, SITE_REGISTRY, SITES_COMMANDS, SITES_DATA_SOURCE, SITES_EVENT_STORE, SITES_METRICS, SITES_OPTIONS } from './application/sites.tokens';
import type { SitesRuntimeOptions } from './application/sites-runtime-options';
import { PrometheusSitesMetrics } from './adapters/metrics/prometheus-sites-metrics';
import { CreateSitesReadModels1798000000000 } from './adapters/postgres/migrations/1798000000000-create-sites-read-models';
import { PostgresApplicationReadModel } from './adapters/postgres/postgres-application-read-model';
import { PostgresSiteRegistry } from './adapters/postgres/postgres-site-registry';
import { sitesInlineProjections } from './adapters/postgres/sites-inline-projections';
import type { SitesModuleOptions } from './sites.options';

const STORE_AND_COMMANDS = Symbol('SITES_STORE_AND_COMMANDS');

/** The adapters of the sites context, bound to its ports. */
export function sitesProviders(options: SitesModuleOptions): Provider[] {
  const runtime: SitesRuntimeOptions = { importConcurrency: options.importConcurrency ?? 8, reservationRetries: options.reservationRetries ?? 250 };
  return [
    { provide: SITES_OPTIONS, useValue: runtime },
    {
      provide: SITES_DATA_SOURCE,
      useFactory: () => openEventSourcingDataSource({ ...options.database, migrations: [CreateSitesReadModels1798000000000, CreateAuditLog1796400000000] }),
    },
    { provide: STORE_AND_COMMANDS, inject: [SITES_DATA_SOURCE], useFactory: (db: DataSource) => createPostgresEventStore(db, { inlineProjections: sitesInlineProjections }) },
    { provide: SITES_EVENT_STORE, inject: [STORE_AND_COMMANDS], useFactory: (built: { store: EventStore }) => built.store },
    { provide: SITES_COMMANDS, inject: [STORE_AND_COMMANDS], useFactory: (built: { commands: CommandHandler }) => built.commands },
    { provide: SITE_REGISTRY, inject: [SITES_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresSiteRegistry(db) },
    { provide: APPLICATION_READ_MODEL, inject: [SITES_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresApplicationReadModel(db) },
    { provide: SITES_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new PrometheusSitesMetrics(registry) },
    { provide: AUDIT_LOG, inject: [SITES_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresAuditLog(db) },
  ];
}
