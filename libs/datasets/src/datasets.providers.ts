import { randomUUID } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import { topicCatalog } from '@usm/contracts';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, EVENT_STORE } from '@usm/event-sourcing';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { AvroCodec, AvroPublisher, ReadOnlySchemaSource, SchemaRegistry, createKafka } from '@usm/messaging';
import type { SchemaSource } from '@usm/messaging';
import { AUDIT_LOG, PostgresAuditLog } from '@usm/security';
import type { AuditLog } from '@usm/security';
import type { Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { LocalDirectoryArtifactStore } from './artifacts';
import { DatasetDefinitions } from './application/dataset-definitions.service';
import { DatasetDownloads } from './application/dataset-downloads.service';
import { DatasetReleaseService } from './application/dataset-release.service';
import { domainRowsBuilder } from './application/domain-rows-builder';
import type { Clock, CompanyAgreements, IdGenerator, ReleaseEventPublisher, ReleaseIndex, ReleaseRecords } from './application/ports';
import type { ReleaseLedger } from './application/release-ledger.port';
import { RetractedEventsRegistry } from './application/retracted-events.registry';
import type { SnapshotReader } from './application/snapshot-reader.port';
import { EventSourcedReleaseLedger } from './adapters/event-store/event-sourced-release-ledger';
import { ReleaseArtifactWriter } from './adapters/files/release-artifact-writer';
import { KafkaCompanyAgreements } from './adapters/kafka/company-agreements.consumer';
import { KafkaReleasePublisher } from './adapters/kafka/kafka-release-publisher';
import { KafkaSnapshotReader } from './adapters/kafka/kafka-snapshot-reader';
import { RELEASE_AVRO_PUBLISHER } from './adapters/kafka/release-avro-publisher.token';
import { WriterSchemaDecoder } from './adapters/kafka/schema-types';
import { PostgresReleaseIndex } from './adapters/postgres/postgres-release-index';
import { PostgresReleaseRecords } from './adapters/postgres/postgres-release-records';
import { PostgresSubjectIndex } from './adapters/postgres/postgres-subject-index';
import { KafkaSubjectIndexFeed } from './adapters/kafka/subject-index.consumer';
import { SubjectIndexMetrics } from './adapters/metrics/subject-index-metrics';
import { METRICS_REGISTRY } from '@usm/observability';
import type { Registry } from 'prom-client';
import type { DatasetsModuleOptions } from './datasets.options';
import { ARTIFACT_STORE, COMPANY_AGREEMENTS, DATASETS_KAFKA, DATASETS_OPTIONS, RELEASE_INDEX, RELEASE_LEDGER, RELEASE_PUBLISHER, RELEASE_RECORDS, RETRACTED_EVENTS, SNAPSHOT_READER, SUBJECT_INDEX_FEED } from './datasets.tokens';

const LOCAL_REGISTRY = Symbol('DATASETS_LOCAL_REGISTRY');
const systemClock: Clock = { now: () => new Date() };
const uuids: IdGenerator = { newId: () => randomUUID() };

/** The registries a snapshot decodes with: this city's, and each partner's read-only (ADR 0005). */
function registriesOf(o: DatasetsModuleOptions, local: SchemaRegistry): Map<string, Pick<SchemaSource, 'getSchema'>> {
  const partners = Object.entries(o.partnerRegistries).map(([city, r]) => [city, new ReadOnlySchemaSource(city, new SchemaRegistry({ url: r.url, clientId: o.kafka.clientId, ...(r.credentials ? { credentials: r.credentials } : {}) }))] as const);
  return new Map<string, Pick<SchemaSource, 'getSchema'>>([[o.city, local], ...partners]);
}

/** Ports bound to their adapters: Kafka, the registries, PostgreSQL (the event-sourcing module's data source), the files. */
export function datasetsProviders(options: DatasetsModuleOptions): Provider[] {
  const o = options;
  return [
    { provide: DATASETS_OPTIONS, useValue: o },
    { provide: DATASETS_KAFKA, useFactory: () => createKafka(o.kafka) },
    { provide: LOCAL_REGISTRY, useFactory: () => new SchemaRegistry({ url: o.registryUrl, clientId: o.kafka.clientId, ...(o.registryCredentials ? { credentials: o.registryCredentials } : {}) }) },
    { provide: RELEASE_AVRO_PUBLISHER, inject: [DATASETS_KAFKA, LOCAL_REGISTRY], useFactory: (kafka: Kafka, registry: SchemaRegistry) => new AvroPublisher(kafka, new AvroCodec(registry)) },
    {
      provide: RELEASE_PUBLISHER,
      inject: [RELEASE_AVRO_PUBLISHER],
      useFactory: (publisher: AvroPublisher) => new KafkaReleasePublisher(publisher, `${o.topicPrefix}${topicCatalog.datasetReleases.name}`, (id) => `${o.publicUrl}/v1/releases/${encodeURIComponent(id)}/files/croissant.json`),
    },
    {
      provide: SNAPSHOT_READER,
      inject: [DATASETS_KAFKA, LOCAL_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry) =>
        new KafkaSnapshotReader(kafka, new WriterSchemaDecoder(o.city, registriesOf(o, registry)), o.city, new Set([o.city, ...Object.keys(o.partnerRegistries)]), {
          groupPrefix: `${o.city}-datasets-snapshot`,
          maxBytes: o.read.maxBytes,
          maxBytesPerPartition: Math.max(1_048_576, Math.floor(o.read.maxBytes / 4)),
          stallTimeoutMs: o.read.stallTimeoutMs,
        }),
    },
    {
      provide: COMPANY_AGREEMENTS,
      inject: [DATASETS_KAFKA, LOCAL_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry) => new KafkaCompanyAgreements(kafka, new AvroCodec(registry), `${o.topicPrefix}${topicCatalog.agreements.name}`, `${o.city}-datasets-agreements`),
    },
    { provide: ARTIFACT_STORE, useFactory: () => new LocalDirectoryArtifactStore(o.artifactDir) },
    { provide: RELEASE_RECORDS, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresReleaseRecords(db) },
    { provide: RELEASE_INDEX, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresReleaseIndex(db) },
    {
      provide: SUBJECT_INDEX_FEED,
      inject: [DATASETS_KAFKA, LOCAL_REGISTRY, EVENT_SOURCING_DATA_SOURCE, METRICS_REGISTRY],
      useFactory: (kafka: Kafka, registry: SchemaRegistry, db: DataSource, metrics: Registry) =>
        new KafkaSubjectIndexFeed(kafka, new AvroCodec(registry), new PostgresSubjectIndex(db), new SubjectIndexMetrics(metrics), {
          topic: `${o.topicPrefix}${topicCatalog.safetyEventsAnonymised.name}`,
          groupId: `${o.city}-datasets-subject-index${o.topicPrefix ? `-${o.topicPrefix}` : ''}`,
          ownCity: o.city,
          maxRecordsPerTransaction: o.subjectIndex?.maxRecordsPerTransaction ?? 2_000,
        }),
    },
    { provide: AUDIT_LOG, inject: [EVENT_SOURCING_DATA_SOURCE], useFactory: (db: DataSource) => new PostgresAuditLog(db) },
    { provide: RETRACTED_EVENTS, useClass: RetractedEventsRegistry },
    { provide: RetractedEventsRegistry, useExisting: RETRACTED_EVENTS },
    { provide: RELEASE_LEDGER, inject: [COMMAND_HANDLER, EVENT_STORE], useFactory: (handler: CommandHandler, store: EventStore) => new EventSourcedReleaseLedger(handler, store) },
    {
      provide: DatasetReleaseService,
      inject: [RELEASE_LEDGER, RELEASE_RECORDS, RELEASE_INDEX, SNAPSHOT_READER, ARTIFACT_STORE, RELEASE_PUBLISHER, RETRACTED_EVENTS],
      useFactory: (ledger: ReleaseLedger, records: ReleaseRecords, index: ReleaseIndex, reader: SnapshotReader, store: LocalDirectoryArtifactStore, publisher: ReleaseEventPublisher, retracted: RetractedEventsRegistry) =>
        new DatasetReleaseService({ city: o.city, topicPrefix: o.topicPrefix, ledger, records, index, reader, rows: domainRowsBuilder, artifacts: new ReleaseArtifactWriter(store, o.publicUrl), publisher, retracted, clock: systemClock, ids: uuids }),
    },
    { provide: DatasetDefinitions, inject: [RELEASE_LEDGER], useFactory: (ledger: ReleaseLedger) => new DatasetDefinitions(ledger, systemClock) },
    {
      provide: DatasetDownloads,
      inject: [DatasetReleaseService, COMPANY_AGREEMENTS, ARTIFACT_STORE, AUDIT_LOG],
      useFactory: (releases: DatasetReleaseService, agreements: CompanyAgreements, store: LocalDirectoryArtifactStore, audit: AuditLog) => new DatasetDownloads(releases, agreements, store, audit, systemClock),
    },
  ];
}
