import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventSourcingModule } from '@usm/event-sourcing';
import { METRICS_REGISTRY } from '@usm/observability';
import { AUDIT_LOG, CreateAuditLog1796400000000 } from '@usm/security';
import type { Registry } from 'prom-client';
import { DatasetDefinitions } from './application/dataset-definitions.service';
import { DatasetReleaseService } from './application/dataset-release.service';
import { RetractedEventsRegistry } from './application/retracted-events.registry';
import { DatasetsHealth } from './adapters/datasets-health.provider';
import { DatasetsLifecycle } from './adapters/datasets-lifecycle.provider';
import { CatalogController } from './adapters/http/catalog.controller';
import { DatasetsErrorFilter } from './adapters/http/datasets-error.filter';
import { DefinitionsController } from './adapters/http/definitions.controller';
import { DownloadsController } from './adapters/http/downloads.controller';
import { ReleasesController } from './adapters/http/releases.controller';
import { CreateDatasetsTables1797000000000 } from './adapters/postgres/migrations/1797000000000-create-datasets-tables';
import { CreateSubjectIndexPositions1797100000000 } from './adapters/postgres/migrations/1797100000000-create-subject-index-positions';
import { datasetsProviders } from './datasets.providers';
import type { DatasetsModuleOptions } from './datasets.options';
import { ARTIFACT_STORE, COMPANY_AGREEMENTS, DATASETS_OPTIONS, RELEASE_INDEX, RELEASE_RECORDS, SUBJECT_INDEX_FEED } from './datasets.tokens';

/**
 * The datasets context: dataset definitions and releases (event-sourced), snapshot builds into k-anonymous,
 * l-diverse Avro and Parquet files with Croissant and DCAT-AP metadata, lineage, and downloads for companies
 * under agreements. Exports DatasetReleaseService, RetractedEventsRegistry and the subject index feed (fed by the
 * own anonymised stream) for the withdrawal module.
 * Needs `ObservabilityModule` in the app (health, metrics, logs).
 */
@Module({})
export class DatasetsModule {
  static forRoot(options: DatasetsModuleOptions): DynamicModule {
    const eventSourcing = EventSourcingModule.forRootAsync({
      inject: [METRICS_REGISTRY],
      useFactory: (metricsRegistry: Registry) => ({
        database: { ...options.database, migrations: [CreateDatasetsTables1797000000000, CreateSubjectIndexPositions1797100000000, CreateAuditLog1796400000000] },
        kafka: options.kafka,
        registryUrl: options.registryUrl,
        ...(options.registryCredentials ? { registryCredentials: options.registryCredentials } : {}),
        relay: false,
        metricsRegistry,
      }),
    });
    return {
      module: DatasetsModule,
      imports: [eventSourcing],
      controllers: [DefinitionsController, ReleasesController, DownloadsController, CatalogController],
      providers: [...datasetsProviders(options), DatasetsHealth, DatasetsLifecycle, { provide: APP_FILTER, useClass: DatasetsErrorFilter }],
      exports: [DatasetReleaseService, DatasetDefinitions, RetractedEventsRegistry, RELEASE_RECORDS, RELEASE_INDEX, ARTIFACT_STORE, COMPANY_AGREEMENTS, AUDIT_LOG, SUBJECT_INDEX_FEED, DATASETS_OPTIONS, eventSourcing],
    };
  }
}
