import { Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { topicCatalog } from '@usm/contracts';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, EVENT_STORE, EventSourcingModule } from '@usm/event-sourcing';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { AvroCodec, AvroPublisher, ReadOnlySchemaSource, SchemaRegistry, createKafka } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Kafka } from 'kafkajs';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { LeaderboardReadModel } from './application/leaderboard.read-model';
import type { Clock, ReleaseCatalog, ResultFeed, RunStore } from './application/ports';
import { ValidationRegistry } from './application/registry.service';
import { ValidationRuns } from './application/validation-runs.service';
import { HttpDatasetsAccess } from './adapters/datasets/datasets-access.http';
import { ArtifactDirectoryTestSplits } from './adapters/files/test-split.reader';
import { HttpInferenceClient } from './adapters/hosted/http-inference.client';
import { BenchmarksController } from './adapters/http/benchmarks.controller';
import { RunsController } from './adapters/http/runs.controller';
import { SolutionsController } from './adapters/http/solutions.controller';
import { ValidationErrorFilter } from './adapters/http/validation-error.filter';
import { KafkaReleaseCatalog } from './adapters/kafka/release-catalog.consumer';
import { KafkaResultFeed } from './adapters/kafka/results.consumer';
import { KafkaResultPublisher } from './adapters/kafka/results.publisher';
import { CreateValidationTables1797100000000 } from './adapters/postgres/migrations/1797100000000-create-validation-tables';
import { PostgresRunStore, benchmarkIdsIn } from './adapters/postgres/postgres-run-store';
import { ValidationHealth } from './adapters/validation-health.provider';
import { ValidationLifecycle } from './adapters/validation-lifecycle.provider';
import type { ValidationServiceOptions } from './validation-service.options';
import { CITY, LEADERBOARD, REGISTRY, RELEASE_CATALOG, RESULT_AVRO_PUBLISHER, RESULT_FEED, RUN_STORE, RUNS, VALIDATION_KAFKA, VALIDATION_OPTIONS } from './validation-service.tokens';

const LOCAL_REGISTRY = Symbol('VALIDATION_LOCAL_REGISTRY');
const clock: Clock = { now: () => Date.now() };

function providersOf(o: ValidationServiceOptions): Provider[] {
  const resultsTopic = `${o.topicPrefix}${topicCatalog.validationResults.name}`;
  return [
    { provide: VALIDATION_OPTIONS, useValue: o },
    { provide: CITY, useValue: o.city },
    { provide: VALIDATION_KAFKA, useFactory: () => createKafka(o.kafka) },
    { provide: LOCAL_REGISTRY, useFactory: () => new SchemaRegistry({ url: o.registryUrl, clientId: o.kafka.clientId, ...(o.registryCredentials ? { credentials: o.registryCredentials } : {}) }) },
    { provide: RESULT_AVRO_PUBLISHER, inject: [VALIDATION_KAFKA, LOCAL_REGISTRY], useFactory: (kafka: Kafka, registry: SchemaRegistry) => new AvroPublisher(kafka, new AvroCodec(registry)) },
    {
      provide: RELEASE_CATALOG,
      inject: [VALIDATION_KAFKA, LOCAL_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry) => new KafkaReleaseCatalog(kafka, new AvroCodec(registry), `${o.topicPrefix}${topicCatalog.datasetReleases.name}`, `${o.city}-validation-releases`),
    },
    {
      provide: RESULT_FEED,
      inject: [VALIDATION_KAFKA, LOCAL_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry) => {
        const codecs = new Map<string, AvroCodec>([[resultsTopic, new AvroCodec(registry)]]);
        for (const [partner, r] of Object.entries(o.partnerRegistries)) {
          const source = new ReadOnlySchemaSource(partner, new SchemaRegistry({ url: r.url, clientId: o.kafka.clientId, ...(r.credentials ? { credentials: r.credentials } : {}) }));
          codecs.set(`${partner}.${resultsTopic}`, new AvroCodec(source as never));
        }
        return new KafkaResultFeed(kafka, codecs, `${o.city}-validation-results`);
      },
    },
    { provide: RUN_STORE, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresRunStore(db) },
    { provide: REGISTRY, inject: [COMMAND_HANDLER, EVENT_STORE, EVENT_SOURCING_DATA_SOURCE], useFactory: (handler: CommandHandler, store: EventStore, db: DataSource) => new ValidationRegistry(handler, store, () => benchmarkIdsIn(db)) },
    { provide: LEADERBOARD, inject: [RESULT_FEED, RUN_STORE], useFactory: (feed: ResultFeed, runs: RunStore) => new LeaderboardReadModel(o.city, feed, runs) },
    {
      provide: RUNS,
      inject: [REGISTRY, RELEASE_CATALOG, RUN_STORE, RESULT_AVRO_PUBLISHER],
      useFactory: (registry: ValidationRegistry, releases: ReleaseCatalog, runs: RunStore, publisher: AvroPublisher) =>
        new ValidationRuns(
          { city: o.city, timeZone: o.timeZone, hostedConcurrency: o.hostedConcurrency },
          registry, releases, new ArtifactDirectoryTestSplits(o.releaseArtifactDir), new HttpDatasetsAccess(o.datasetsUrl), new HttpInferenceClient(),
          runs, new KafkaResultPublisher(publisher, resultsTopic), clock,
        ),
    },
  ];
}

/**
 * The validation service: the solution registry and benchmarks (event-sourced, pure deciders), evaluations in
 * predictions and hosted mode, results on validation.results.v1 and the cross-city leaderboard (ADR 0021).
 * Needs `ObservabilityModule` in the app (health, metrics, logs).
 */
@Module({})
export class ValidationServiceModule {
  static forRoot(options: ValidationServiceOptions): DynamicModule {
    const eventSourcing = EventSourcingModule.forRootAsync({
      inject: [METRICS_REGISTRY],
      useFactory: (metricsRegistry: Registry) => ({
        database: { ...options.database, migrations: [CreateValidationTables1797100000000] },
        kafka: options.kafka,
        registryUrl: options.registryUrl,
        ...(options.registryCredentials ? { registryCredentials: options.registryCredentials } : {}),
        relay: false,
        metricsRegistry,
      }),
    });
    return {
      module: ValidationServiceModule,
      imports: [eventSourcing],
      controllers: [SolutionsController, BenchmarksController, RunsController],
      providers: [...providersOf(options), ValidationHealth, ValidationLifecycle, { provide: APP_FILTER, useClass: ValidationErrorFilter }],
      exports: [REGISTRY, RUNS, LEADERBOARD],
    };
  }
}
