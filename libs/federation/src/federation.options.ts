import type { MirrorMakerCluster, MirrorMakerSettings } from './domain/mirror-maker-properties';
import type { MirrorMakerProcessOptions } from './adapters/mirror-maker/mirror-maker-options';

/** What the federation context needs from its app; Kafka and the registry of this city come from `MessagingModule`. */
export interface FederationOptions {
  /** City id of this node: the source of every flow it runs. */
  readonly city: string;
  /** This city's brokers, as MirrorMaker 2 reaches them. */
  readonly localBootstrapServers: readonly string[];
  /** Partner cities MirrorMaker 2 may replicate to. A partner missing here cannot receive a flow. */
  readonly partners: readonly MirrorMakerCluster[];
  /** Prefix of every catalog topic on the clusters; empty in production, unique per test run. */
  readonly topicPrefix: string;
  readonly database: {
    readonly url: string;
    /** Schema of the context's tables; the connection's default when absent. Tests use one per run. */
    readonly schema?: string;
    /** Run pending migrations at boot. Tables are never synchronised from entities. */
    readonly runMigrations: boolean;
  };
  readonly mirrorMaker: MirrorMakerProcessOptions & { readonly settings: MirrorMakerSettings };
  /** End catch-up of `agreements.v1` after this long without a record. */
  readonly catchUpQuietMs: number;
  /** How often lag gauges are refreshed. */
  readonly lagIntervalMs: number;
  readonly health: { readonly registryUrl: string; readonly registryCredentials?: { readonly clientId: string; readonly secret: string }; readonly timeoutMs: number };
}
