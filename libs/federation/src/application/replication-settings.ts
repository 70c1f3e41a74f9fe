import type { MirrorMakerCluster, MirrorMakerSettings } from '../domain/mirror-maker-properties';
import type { ReplicableTopic } from '../domain/replication-flow';

/** Everything the reconciler needs to turn agreements into a MirrorMaker 2 configuration. */
export interface ReplicationSettings {
  readonly localCity: string;
  /** This city and every partner city MirrorMaker 2 may reach, with their bootstrap servers. */
  readonly clusters: readonly MirrorMakerCluster[];
  /** Prefix of every catalog topic on the clusters; empty in production. */
  readonly topicPrefix: string;
  readonly mirrorMaker: MirrorMakerSettings;
  readonly lookup: (catalogName: string) => ReplicableTopic | undefined;
  /** First delay before a failed apply is tried again; it doubles on each failure, up to a minute. */
  readonly retryDelayMs: number;
}
