import { randomUUID } from 'node:crypto';
import { Logger, Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { dlqTopicOf, topicCatalog } from '@usm/contracts';
import { AVRO_PUBLISHER, AvroPublisher } from '@usm/messaging';
import { METRICS_REGISTRY } from '@usm/observability';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AUDIT_LOG, PostgresAuditLog } from '@usm/security';
import { InFlightLimiter } from './application/in-flight-limiter';
import { IngestEventsHandler } from './application/ingest-events.handler';
import { Clock, IdGenerator, IngestLedger, IngestMetrics, RawEventPublisher } from './application/ports';
import { rawEventContract } from './application/raw-event-contract';
import { EventsController } from './adapters/http/events.controller';
import { MeshErrorFilter } from './adapters/http/mesh-error.filter';
import { PrometheusMqttIngestMetrics } from './adapters/mqtt/mqtt-ingest-metrics';
import { MqttIngestService } from './adapters/mqtt/mqtt-ingest.service';
import { KafkaRawEventPublisher } from './adapters/kafka/kafka-raw-event-publisher';
import { PrometheusIngestMetrics } from './adapters/metrics/prometheus-ingest-metrics';
import { PostgresIngestLedger } from './adapters/postgres/postgres-ingest-ledger';
import { SAFETY_EVENTS_DATA_SOURCE, safetyEventsDataSourceOptions } from './adapters/postgres/safety-events-data-source';
import { SafetyEventsHealth } from './adapters/safety-events-health.provider';
import { SafetyEventsOptions } from './safety-events.options';
import { CLOCK, ID_GENERATOR, INGEST_LEDGER, INGEST_METRICS, RAW_EVENT_PUBLISHER, SAFETY_EVENTS_OPTIONS } from './safety-events.tokens';

const systemClock: Clock = { now: () => Date.now() };
const uuids: IdGenerator = { newId: () => randomUUID() };

function portProviders(options: SafetyEventsOptions): Provider[] {
  return [
    { provide: CLOCK, useValue: systemClock },
    { provide: ID_GENERATOR, useValue: uuids },
    {
      provide: INGEST_LEDGER,
      inject: [getDataSourceToken(SAFETY_EVENTS_DATA_SOURCE)],
      useFactory: (dataSource: DataSource) => new PostgresIngestLedger(dataSource, options.ingest.claimLeaseMs),
    },
    {
      provide: RAW_EVENT_PUBLISHER,
      inject: [AVRO_PUBLISHER],
      useFactory: (publisher: AvroPublisher) => new KafkaRawEventPublisher(publisher, options.rawTopic ?? topicCatalog.safetyEventsRaw.name),
    },
    { provide: INGEST_METRICS, inject: [METRICS_REGISTRY], useFactory: (registry: Registry) => new PrometheusIngestMetrics(registry) },
  ];
}

const mqttLogger = new Logger('MqttIngest');

function mqttProviders(options: SafetyEventsOptions): Provider[] {
  const { mqtt } = options;
  if (!mqtt) return [];
  const rawTopic = options.rawTopic ?? topicCatalog.safetyEventsRaw.name;
  return [
    {
      provide: MqttIngestService,
      inject: [IngestEventsHandler, AVRO_PUBLISHER, CLOCK, METRICS_REGISTRY],
      useFactory: (handler: IngestEventsHandler, publisher: AvroPublisher, clock: Clock, registry: Registry) =>
        new MqttIngestService(
          { ingest: handler, deadLetters: publisher, clock, warn: (message) => mqttLogger.warn(message), metrics: new PrometheusMqttIngestMetrics(registry) },
          { city: options.city, url: mqtt.url, username: mqtt.username, password: mqtt.password, clientId: mqtt.clientId ?? `${options.city}-ingest`, deadLetterTopic: dlqTopicOf(rawTopic) },
        ),
    },
  ];
}

function handlerProvider(options: SafetyEventsOptions): Provider {
  return {
    provide: IngestEventsHandler,
    inject: [INGEST_LEDGER, RAW_EVENT_PUBLISHER, INGEST_METRICS, CLOCK, ID_GENERATOR],
    useFactory: (ledger: IngestLedger, publisher: RawEventPublisher, metrics: IngestMetrics, clock: Clock, ids: IdGenerator) =>
      new IngestEventsHandler(
        { ledger, publisher, metrics, clock, ids },
        { city: options.city, maxBatchSize: options.ingest.maxBatchSize, maxClockSkewMs: options.ingest.maxClockSkewMs, contract: rawEventContract() },
      ),
  };
}

/**
 * The ingest bounded context: `POST /v1/events` validates safety events against the raw event contract
 * and produces them to the raw topic, once per event id. Needs `MessagingModule` and `ObservabilityModule`
 * in the app, and an express JSON body parser with the app's byte limit.
 */
@Module({})
export class SafetyEventsModule {
  static forRoot(options: SafetyEventsOptions): DynamicModule {
    return {
      module: SafetyEventsModule,
      imports: [TypeOrmModule.forRoot(safetyEventsDataSourceOptions(options.database)), TerminusModule],
      controllers: [EventsController],
      providers: [
        { provide: SAFETY_EVENTS_OPTIONS, useValue: options },
        ...portProviders(options),
        handlerProvider(options),
        ...mqttProviders(options),
        { provide: InFlightLimiter, useValue: new InFlightLimiter(options.ingest.maxInFlight) },
        SafetyEventsHealth,
        // Global, so body-parser failures (413, bad JSON) raised before routing get the same JSON answers.
        { provide: APP_FILTER, useClass: MeshErrorFilter },
        { provide: AUDIT_LOG, inject: [getDataSourceToken(SAFETY_EVENTS_DATA_SOURCE)], useFactory: (dataSource: DataSource) => new PostgresAuditLog(dataSource) },
      ],
      // The app's audit interceptor and `GET /v1/audit` write to and read this service's database.
      exports: [AUDIT_LOG],
    };
  }
}
