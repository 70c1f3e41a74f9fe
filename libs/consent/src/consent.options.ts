import type { OutboxRelaySettings, ProjectionRunnerSettings } from '@usm/event-sourcing';
import type { KafkaConnection, RegistryCredentials } from '@usm/messaging';
import type { LedgerTopics } from './adapters/kafka/ledger-topics';

/** What the consent (ledger) context needs from its app. */
export interface ConsentModuleOptions {
  readonly database: {
    /** postgres://user@host:port/database of the event store and the read models. */
    readonly url: string;
    /** PostgreSQL schema of every table; the connection's default when absent (tests use one per run). */
    readonly schema?: string;
  };
  /** The city's cluster; `clientId` also names the outbox relay and the projection groups. */
  readonly kafka: KafkaConnection;
  readonly registryUrl: string;
  /** The realm client the ledger reads the registry as. */
  readonly registryCredentials?: RegistryCredentials;
  /** The catalog's topics unless a test brings its own. */
  readonly topics?: LedgerTopics;
  readonly relay?: OutboxRelaySettings | false;
  /** Readiness turns red when an outbox row waited longer than this to be published; 30 s by default. */
  readonly relayMaxPendingMs?: number;
  readonly projectionSettings?: ProjectionRunnerSettings;
  /** How often the expiry scheduler looks for consents past their expiry; 60 s by default, `false` for never. */
  readonly expiryIntervalMs?: number | false;
  /** Bound of each `/health` check (Kafka, registry, database); 2 s by default. */
  readonly healthTimeoutMs?: number;
}
