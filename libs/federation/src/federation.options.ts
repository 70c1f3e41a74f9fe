import type { MirrorMakerCluster, MirrorMakerClusterSecurity, MirrorMakerSettings } from './domain/mirror-maker-properties';
import type { MirrorMakerProcessOptions } from './adapters/mirror-maker/mirror-maker-options';
import type { StrimziCluster } from './domain/strimzi-mirror-maker';

/**
 * Who runs the replication: the service's own MirrorMaker 2 process (the default), or the Strimzi operator, for
 * which the service writes `KafkaMirrorMaker2` resources into a directory (ADR 0023).
 */
export type FederationRuntimeOptions =
  | { readonly kind: 'process' }
  | { readonly kind: 'strimzi'; readonly directory: string; readonly local: StrimziCluster; readonly partners: readonly StrimziCluster[] };

/** What the federation context needs from its app; Kafka and the registry of this city come from `MessagingModule`. */
export interface FederationOptions {
  /** City id of this node: the source of every flow it runs. */
  readonly city: string;
  /** This city's brokers, as MirrorMaker 2 reaches them. */
  readonly localBootstrapServers: readonly string[];
  /**
   * This city's CA and the password files of the `partner-<city>` principals it issued, with which MirrorMaker 2
   * reads the flows' topics here (so a revoked rule stops it at once). Absent only on an insecure (PLAINTEXT) node.
   */
  readonly localSecurity?: MirrorMakerClusterSecurity;
  /**
   * Partner cities MirrorMaker 2 may replicate to, each with its CA and the password file of the `mm2-<this city>`
   * principal it issued. A partner missing here cannot receive a flow.
   */
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
  /** `process` when absent. */
  readonly runtime?: FederationRuntimeOptions;
  /** First delay before a failed apply (partner rules, MirrorMaker 2) is tried again; doubles up to a minute. */
  readonly retryDelayMs: number;
  /**
   * Whether partner rules live on the broker (SASL_SSL with an authorizer, the default). False only for a local
   * `MESH_INSECURE` stack, whose PLAINTEXT broker has no authorizer to hold them.
   */
  readonly brokerAcls: boolean;
  /** How often lag gauges are refreshed. */
  readonly lagIntervalMs: number;
  readonly health: {
    readonly registryUrl: string;
    readonly registryCredentials?: { readonly clientId: string; readonly secret: string };
    readonly timeoutMs: number;
    /** The service's SASL_SSL principal, as the messaging module connects with it; absent on an insecure node. */
    readonly kafkaSecurity?: { readonly ca: string; readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string } };
  };
}
