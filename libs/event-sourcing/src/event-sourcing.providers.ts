import type { Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { AvroCodec, createKafka, SchemaRegistry } from '@usm/messaging';
import { DecidingCommandHandler } from './application/deciding-command-handler';
import type { EventStore } from './application/ports';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, EVENT_STORE, OUTBOX_RELAY, PROJECTION_RUNNER } from './application/event-sourcing.tokens';
import { KafkaOutboxRelay } from './adapters/kafka/kafka-outbox-relay';
import { EventSourcingMetrics } from './adapters/metrics/event-sourcing-metrics';
import { KafkaProjectionRunner } from './adapters/kafka/kafka-projection-runner';
import { openEventSourcingDataSource } from './adapters/postgres/event-sourcing-data-source';
import { OutboxRouting } from './adapters/postgres/outbox-routing';
import { PostgresEventStore } from './adapters/postgres/postgres-event-store';
import { PostgresOutbox } from './adapters/postgres/postgres-outbox';
import { PostgresRelayLeadership } from './adapters/postgres/postgres-relay-leadership';
import type { EventSourcingModuleOptions } from './event-sourcing-options';
import { EVENT_SOURCING_CODEC, EVENT_SOURCING_KAFKA, EVENT_SOURCING_METRICS, EVENT_SOURCING_OPTIONS, EVENT_SOURCING_ROUTING } from './event-sourcing-options';

type Options = EventSourcingModuleOptions;

/** The module's providers, built from its options (bound under `EVENT_SOURCING_OPTIONS`). */
export const eventSourcingProviders: Provider[] = [
  {
    provide: EVENT_SOURCING_DATA_SOURCE,
    inject: [EVENT_SOURCING_OPTIONS],
    useFactory: (options: Options) => openEventSourcingDataSource(withProjectionEntities(options)),
  },
  { provide: EVENT_SOURCING_KAFKA, inject: [EVENT_SOURCING_OPTIONS], useFactory: (options: Options) => createKafka(options.kafka) },
  { provide: EVENT_SOURCING_CODEC, inject: [EVENT_SOURCING_OPTIONS], useFactory: (options: Options) => new AvroCodec(new SchemaRegistry({ url: options.registryUrl, credentials: options.registryCredentials })) },
  {
    provide: EVENT_SOURCING_METRICS,
    inject: [EVENT_SOURCING_OPTIONS],
    useFactory: (options: Options) => new EventSourcingMetrics(options.metricsRegistry ?? new Registry()),
  },
  { provide: EVENT_SOURCING_ROUTING, inject: [EVENT_SOURCING_OPTIONS], useFactory: (options: Options) => new OutboxRouting(options.routes ?? []) },
  {
    provide: EVENT_STORE,
    inject: [EVENT_SOURCING_DATA_SOURCE, EVENT_SOURCING_ROUTING],
    useFactory: (dataSource: DataSource, routing: OutboxRouting) => new PostgresEventStore(dataSource, routing),
  },
  { provide: COMMAND_HANDLER, inject: [EVENT_STORE], useFactory: (store: EventStore) => new DecidingCommandHandler(store) },
  {
    provide: OUTBOX_RELAY,
    inject: [EVENT_SOURCING_OPTIONS, EVENT_SOURCING_KAFKA, EVENT_SOURCING_DATA_SOURCE, EVENT_SOURCING_ROUTING, EVENT_SOURCING_CODEC, EVENT_SOURCING_METRICS],
    useFactory: (options: Options, kafka: Kafka, dataSource: DataSource, routing: OutboxRouting, codec: AvroCodec, metrics: EventSourcingMetrics) => {
      const relayed = options.relay === false ? new OutboxRouting([]) : routing;
      const outbox = new PostgresOutbox(dataSource, relayed.routes.map((route) => route.topic));
      // Default id: stable for the same client and routes, distinct for another context's relay in the same app.
      const relayId = [options.kafka.clientId, ...relayed.routes.map((route) => route.category)].join('.');
      const settings = { relayId, ...(options.relay || {}) };
      return new KafkaOutboxRelay(kafka, outbox, relayed, codec, settings, metrics, new PostgresRelayLeadership(dataSource, settings.relayId));
    },
  },
  {
    provide: PROJECTION_RUNNER,
    inject: [EVENT_SOURCING_OPTIONS, EVENT_SOURCING_KAFKA, EVENT_SOURCING_DATA_SOURCE, EVENT_SOURCING_CODEC, EVENT_SOURCING_METRICS],
    useFactory: (options: Options, kafka: Kafka, dataSource: DataSource, codec: AvroCodec, metrics: EventSourcingMetrics) => {
      const settings = options.projectionSettings ?? { groupPrefix: options.kafka.clientId };
      return new KafkaProjectionRunner(kafka, codec, dataSource, options.projections ?? [], settings, metrics);
    },
  },
];

/** The database options with every projection's entity added, so read models need no separate registration. */
function withProjectionEntities(options: Options): Options['database'] {
  const given = options.database.entities ?? [];
  const entities = [...(Array.isArray(given) ? given : Object.values(given)), ...(options.projections ?? []).map((projection) => projection.entity)];
  return { ...options.database, entities: entities as NonNullable<Options['database']['entities']> };
}
