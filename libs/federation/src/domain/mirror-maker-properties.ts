import { planDigest } from './plan-digest';
import type { ReplicationFlow } from './replication-flow';

export interface MirrorMakerCluster {
  readonly alias: string;
  readonly bootstrapServers: readonly string[];
  /** SASL_SSL (SCRAM-SHA-512) with the principals this cluster issued; PLAINTEXT when absent (an insecure node). */
  readonly security?: MirrorMakerClusterSecurity;
}

/** A secured cluster's CA and the password files of the principals it issued to MirrorMaker 2. */
export interface MirrorMakerClusterSecurity {
  /** PEM of the cluster's CA. */
  readonly caFile: string;
  /**
   * Password file (its whole content is the password) per principal: `mm2-<source>` for each flow into this
   * cluster, `partner-<target>` for each flow out of it.
   */
  readonly passwordFiles: Readonly<Record<string, string>>;
}

/** Cadences and replication factors; the defaults fit one broker per city and fast reaction to agreement changes. */
export interface MirrorMakerSettings {
  readonly replicationFactor: number;
  readonly refreshTopicsSeconds: number;
  readonly checkpointSeconds: number;
}

export const singleBrokerSettings: MirrorMakerSettings = { replicationFactor: 1, refreshTopicsSeconds: 5, checkpointSeconds: 5 };

/** A topic name as an anchored MM2 regex, escaped for a .properties value (backslashes doubled). */
function topicPattern(topic: string): string {
  return topic.replace(/[.*+?^${}()|[\]\\-]/g, (c) => `\\\\${c}`);
}

function clusterLines(clusters: readonly MirrorMakerCluster[]): string[] {
  return [
    `clusters=${clusters.map((c) => c.alias).join(',')}`,
    ...clusters.map((c) => `${c.alias}.bootstrap.servers=${c.bootstrapServers.join(',')}`),
    // Connect's default plugin discovery scans every jar by reflection (about 6 s per scan here); MirrorMaker 2's
    // own plugins all ship ServiceLoader manifests. The top-level key covers MirrorMaker's scan, the per-cluster
    // key reaches each herder's worker config.
    'plugin.discovery=service_load',
    ...clusters.map((c) => `${c.alias}.plugin.discovery=service_load`),
  ];
}

function flowLines(clusters: readonly MirrorMakerCluster[], flows: readonly ReplicationFlow[]): string[] {
  const lines: string[] = [];
  for (const source of clusters) {
    for (const target of clusters) {
      if (source.alias === target.alias) continue;
      const flow = flows.find((f) => f.source === source.alias && f.target === target.alias);
      lines.push(`${source.alias}->${target.alias}.enabled=${flow !== undefined && flow.topics.length > 0}`);
      if (flow && flow.topics.length > 0) lines.push(`${source.alias}->${target.alias}.topics=${flow.topics.map(topicPattern).join(',')}`);
    }
  }
  return lines;
}

/**
 * Source consumers read committed records only: mesh topics are written in Kafka transactions, and the Java default
 * (read_uncommitted) would copy records of aborted transactions to partners. MirrorMaker 2 builds a connector's
 * `source.consumer.*` from `<source>.consumer.*` and lets `<source>-><target>.source.consumer.*` override it;
 * a top-level `source.consumer.*` key is dropped (not a connector config name), so both scoped forms are written.
 */
function isolationLines(clusters: readonly MirrorMakerCluster[], flows: readonly ReplicationFlow[]): string[] {
  return [
    ...clusters.map((c) => `${c.alias}.consumer.isolation.level=read_committed`),
    ...flows.filter((f) => f.topics.length > 0).map((f) => `${f.source}->${f.target}.source.consumer.isolation.level=read_committed`),
  ];
}

/**
 * One Connect config topic per plan, named after the source city so that `mm2-<source>` may create it in the target.
 * A city's own MirrorMaker 2 has one source (itself): one top-level key. Hand-made flows both ways get one key per
 * target, because a top-level key would override the per-cluster ones.
 */
function configTopicLines(flows: readonly ReplicationFlow[]): string[] {
  const digest = planDigest(flows);
  const sources = [...new Set(flows.map((f) => f.source))].sort();
  if (sources.length <= 1) return [`config.storage.topic=mm2-configs.${sources.join('-')}.${digest}.internal`];
  const targets = [...new Set(flows.filter((f) => f.topics.length > 0).map((f) => f.target))].sort();
  return targets.map((target) => `${target}.config.storage.topic=mm2-configs.${flows.find((f) => f.target === target)?.source ?? ''}.${digest}.internal`);
}

/** The SCRAM login of `principal` on `cluster`; the password stays in its file, read by Kafka's DirectoryConfigProvider. */
function jaasOf(cluster: MirrorMakerCluster, principal: string): string {
  const file = cluster.security?.passwordFiles[principal];
  if (!file) throw new Error(`MirrorMaker 2 needs the password file of principal ${principal} issued by ${cluster.alias}`);
  const at = file.lastIndexOf('/');
  if (file.includes(':') || file.includes('}') || at < 1) throw new Error(`Password file of ${principal} on ${cluster.alias} must be an absolute path without ':' or '}'`);
  return `org.apache.kafka.common.security.scram.ScramLoginModule required username="${principal}" password="\${dir:${file.slice(0, at)}:${file.slice(at + 1)}}";`;
}

/**
 * Client security per cluster. A cluster's alias-level settings are what MirrorMaker 2 writes into it with:
 * `mm2-<source>`, issued by that cluster to the one city whose flows enter it. Each flow S->T reads S as
 * `partner-<T>`, issued by S: its connectors' source clients (`source.cluster.*`, `source.consumer.*`,
 * `source.admin.*`, `source.producer.*`, which MirrorMaker 2 builds from S's alias-level settings) are overridden
 * per flow, since S may be read by several partners. Offset syncs live in the target, so the partner principal
 * needs nothing in S but reads (and describing the topics it reads).
 */
function securityLines(clusters: readonly MirrorMakerCluster[], flows: readonly ReplicationFlow[]): string[] {
  const secured = clusters.filter((c) => c.security !== undefined);
  if (secured.length === 0) return [];
  const byAlias = new Map(clusters.map((c) => [c.alias, c] as const));
  const active = flows.filter((f) => f.topics.length > 0);
  const lines = ['config.providers=dir', 'config.providers.dir.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider'];
  for (const cluster of secured) {
    lines.push(
      `${cluster.alias}.security.protocol=SASL_SSL`,
      `${cluster.alias}.sasl.mechanism=SCRAM-SHA-512`,
      `${cluster.alias}.ssl.truststore.type=PEM`,
      `${cluster.alias}.ssl.truststore.location=${cluster.security?.caFile ?? ''}`,
    );
    const sources = [...new Set(active.filter((f) => f.target === cluster.alias).map((f) => f.source))];
    if (sources.length > 1) throw new Error(`One MirrorMaker 2 writes into ${cluster.alias} for one source city only (got ${sources.join(', ')})`);
    if (sources[0] !== undefined) lines.push(`${cluster.alias}.sasl.jaas.config=${jaasOf(cluster, `mm2-${sources[0]}`)}`);
  }
  for (const flow of active) {
    const source = byAlias.get(flow.source);
    if (!source?.security) continue;
    const jaas = jaasOf(source, `partner-${flow.target}`);
    for (const client of ['cluster', 'consumer', 'admin', 'producer']) lines.push(`${flow.source}->${flow.target}.source.${client}.sasl.jaas.config=${jaas}`);
  }
  return lines;
}

/** MirrorMaker 2 (dedicated mode) configuration for the given flows; every other direction is disabled. */
export function renderMirrorMakerProperties(clusters: readonly MirrorMakerCluster[], flows: readonly ReplicationFlow[], settings: MirrorMakerSettings = singleBrokerSettings): string {
  const rf = settings.replicationFactor;
  return [
    '# Generated by the federation service from the topic catalog and the active agreements. Do not edit.',
    ...clusterLines(clusters),
    ...flowLines(clusters, flows),
    ...isolationLines(clusters, flows),
    ...securityLines(clusters, flows),
    // Remote topics keep DefaultReplicationPolicy names (<source>.<topic>), which also stops loops between two cities.
    'replication.policy.separator=.',
    `replication.factor=${rf}`,
    ...['offset-syncs', 'checkpoints', 'heartbeats'].map((t) => `${t}.topic.replication.factor=${rf}`),
    ...['config', 'offset', 'status'].map((s) => `${s}.storage.replication.factor=${rf}`),
    // Connect starts the tasks stored in its config topic before MirrorMaker 2 writes the new connector config, so a
    // shared config topic would briefly copy the topics of an ended agreement. One config topic per plan makes the
    // stored tasks always those of this plan; source offsets stay in the shared offsets topic, so nothing is copied twice.
    ...configTopicLines(flows),
    `refresh.topics.interval.seconds=${settings.refreshTopicsSeconds}`,
    `refresh.groups.interval.seconds=${settings.refreshTopicsSeconds}`,
    'sync.topic.configs.enabled=true',
    // Partners decide who reads their copies; the source's ACLs are not theirs to follow (and reading them needs cluster rights).
    'sync.topic.acls.enabled=false',
    'emit.heartbeats.enabled=false',
    'emit.checkpoints.enabled=true',
    `emit.checkpoints.interval.seconds=${settings.checkpointSeconds}`,
    // Offset syncs are written where MirrorMaker 2 already writes (the target), never into the source cluster.
    'offset-syncs.topic.location=target',
    'sync.group.offsets.enabled=false',
    '',
  ].join('\n');
}
