import type { FactoryProvider, ModuleMetadata } from '@nestjs/common';
import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';
import type { Registry } from 'prom-client';
import type { StreamRoute } from './application/ports';
import type { EventSourcingDatabaseOptions } from './adapters/postgres/event-sourcing-data-source';
import type { TypeOrmProjection } from './adapters/postgres/typeorm-projection';
import type { OutboxRelaySettings } from './adapters/kafka/kafka-outbox-relay';
import type { ProjectionRunnerSettings } from './adapters/kafka/projection-settings';

/** What `EventSourcingModule` needs: the database, the city's Kafka and registry, and what to publish and project. */
export interface EventSourcingModuleOptions {
  readonly database: EventSourcingDatabaseOptions;
  /** Brokers and timings of the city's cluster. */
  readonly kafka: KafkaConnection;
  /** Base URL of the Confluent-compatible registry API. */
  readonly registryUrl: string;
  /** The realm client the codec reads the registry as. */
  readonly registryCredentials?: RegistryCredentials;
  /** Which stream categories the outbox relay publishes, to which topic. */
  readonly routes?: readonly StreamRoute[];
  /**
   * The outbox relay; its id must be stable per deployment (it fences older relays with the same id) and
   * defaults to `<clientId>.<route categories>`. Off with `false` (rows then wait for a relay elsewhere).
   */
  readonly relay?: OutboxRelaySettings | false;
  readonly projections?: readonly TypeOrmProjection[];
  readonly projectionSettings?: ProjectionRunnerSettings;
  /** Where relay and projection metrics go (e.g. the app's `METRICS_REGISTRY`); a private registry when omitted. */
  readonly metricsRegistry?: Registry;
}

/** Options computed at boot, typically from the app's validated config. */
export interface EventSourcingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  readonly inject?: FactoryProvider['inject'];
  readonly useFactory: (...args: never[]) => EventSourcingModuleOptions | Promise<EventSourcingModuleOptions>;
}

/** Internal tokens of the module's building blocks. */
export const EVENT_SOURCING_OPTIONS = Symbol('EVENT_SOURCING_OPTIONS');
export const EVENT_SOURCING_KAFKA = Symbol('EVENT_SOURCING_KAFKA');
export const EVENT_SOURCING_CODEC = Symbol('EVENT_SOURCING_CODEC');
export const EVENT_SOURCING_ROUTING = Symbol('EVENT_SOURCING_ROUTING');
export const EVENT_SOURCING_METRICS = Symbol('EVENT_SOURCING_METRICS');
