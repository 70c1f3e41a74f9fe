import type { KafkaBrokerIndicatorOptions } from '@usm/observability';
/** What the safety-events context needs from its app; Kafka and the registry come from `MessagingModule`. */
export interface SafetyEventsOptions {
  /** City id of this node; events for another city are refused. */
  readonly city: string;
  readonly database: {
    /** postgres://user@host:port/database */
    readonly url: string;
    /** Schema of the context's tables; the connection's default (public) when absent. Tests use one per run. */
    readonly schema?: string;
    /** Run pending migrations at boot. Tables are never synchronised from entities. */
    readonly runMigrations: boolean;
  };
  /** Endpoints `/health` checks, with one timeout for each check. */
  readonly health: {
    readonly kafkaBrokers: readonly string[];
    /** The service's SASL_SSL principal, as the messaging module connects with it. */
    readonly kafkaSecurity?: KafkaBrokerIndicatorOptions['security'];
    readonly registryUrl: string;
    /** The realm client ingest reads the registry as. */
    readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
    readonly timeoutMs: number;
  };
  readonly ingest: {
    /** Most events one request may carry. */
    readonly maxBatchSize: number;
    /** How far a source's clock may run ahead of the node's. */
    readonly maxClockSkewMs: number;
    /** After this long an unacknowledged claim may be taken over; must exceed the longest possible publish. */
    readonly claimLeaseMs: number;
    /** Most requests in flight at once; past it requests get 429 with Retry-After (default 64). */
    readonly maxInFlight?: number;
  };
  /** Topic raw events go to: the catalog's raw topic unless a test brings its own. */
  readonly rawTopic?: string;
  /** MQTT ingest for sensors: the broker and the service's own account; off when absent. */
  readonly mqtt?: {
    readonly url: string;
    readonly username: string;
    readonly password: string;
    /** Persistent session id; `<city>-ingest` when absent. */
    readonly clientId?: string;
  };
}
