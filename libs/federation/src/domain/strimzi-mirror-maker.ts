import type { MirrorMakerSettings } from './mirror-maker-properties';
import type { ReplicationFlow } from './replication-flow';

/** How a city's Kafka cluster is reached inside Kubernetes: Strimzi's names for its bootstrap service and CA secret. */
export interface StrimziCluster {
  readonly city: string;
  /** `host:port` list, e.g. `incheon-kafka-bootstrap.incheon.svc:9093` for the local cluster. */
  readonly bootstrapServers: string;
  /** Secret holding the cluster CA certificate (`<cluster>-cluster-ca-cert` for a Strimzi cluster). */
  readonly caSecret: string;
}

/** A Strimzi `KafkaMirrorMaker2` (kafka.strimzi.io/v1) as plain data, ready to be written as YAML. */
export interface KafkaMirrorMaker2Resource {
  readonly apiVersion: 'kafka.strimzi.io/v1';
  readonly kind: 'KafkaMirrorMaker2';
  readonly metadata: { readonly name: string; readonly labels: Readonly<Record<string, string>> };
  readonly spec: Record<string, unknown>;
}

/** Secret holding the password of `mm2-<source>`, the principal the target city issued to the source city's MirrorMaker 2. */
export const mirrorMakerPasswordSecretOf = (source: string, target: string): string => `mm2-${source}-at-${target}`;

/** An anchored Java regex matching exactly the given topic names. */
export function exactTopicsPattern(topics: readonly string[]): string {
  return topics.map((topic) => topic.replace(/[.*+?^${}()|[\]\\-]/g, (c) => `\\${c}`)).join('|');
}

const scram = (username: string, secretName: string) => ({ type: 'scram-sha-512', username, passwordSecret: { secretName, password: 'password' } });
const trusting = (caSecret: string) => ({ trustedCertificates: [{ secretName: caSecret, pattern: '*.crt' }] });

/**
 * The `KafkaMirrorMaker2` of one flow, with the same security model as the federation's own MirrorMaker 2
 * (ADR 0012): it reads the source as `partner-<target>` (the rules the agreements grant) and writes into the target
 * as `mm2-<source>` (remote topics `<source>.*`, its Connect topics `mm2-*.<source>.*`, group `<source>-mm2`).
 * Offset syncs stay in the target, source consumers read committed records only, topic ACLs are not copied.
 */
export function kafkaMirrorMaker2Of(flow: ReplicationFlow, source: StrimziCluster, target: StrimziCluster, settings: MirrorMakerSettings, replicas = 1): KafkaMirrorMaker2Resource {
  if (flow.source !== source.city || flow.target !== target.city) throw new Error(`Flow ${flow.source}->${flow.target} does not join ${source.city} and ${target.city}`);
  const rf = settings.replicationFactor;
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaMirrorMaker2',
    metadata: { name: `${flow.source}-to-${flow.target}`, labels: { 'app.kubernetes.io/part-of': 'urban-safety-mesh', 'usm.city': flow.source, 'usm.flow-target': flow.target } },
    spec: {
      replicas,
      target: {
        alias: target.city,
        bootstrapServers: target.bootstrapServers,
        groupId: `${flow.source}-mm2`,
        configStorageTopic: `mm2-configs.${flow.source}.internal`,
        offsetStorageTopic: `mm2-offsets.${flow.source}.internal`,
        statusStorageTopic: `mm2-status.${flow.source}.internal`,
        tls: trusting(target.caSecret),
        authentication: scram(`mm2-${flow.source}`, mirrorMakerPasswordSecretOf(flow.source, flow.target)),
        config: { 'config.storage.replication.factor': rf, 'offset.storage.replication.factor': rf, 'status.storage.replication.factor': rf },
      },
      mirrors: [
        {
          source: {
            alias: source.city,
            bootstrapServers: source.bootstrapServers,
            tls: trusting(source.caSecret),
            authentication: scram(`partner-${flow.target}`, `partner-${flow.target}`),
            config: { 'consumer.isolation.level': 'read_committed' },
          },
          topicsPattern: exactTopicsPattern(flow.topics),
          sourceConnector: {
            tasksMax: 1,
            config: {
              'replication.factor': rf,
              'replication.policy.separator': '.',
              'offset-syncs.topic.location': 'target',
              'offset-syncs.topic.replication.factor': rf,
              'refresh.topics.interval.seconds': settings.refreshTopicsSeconds,
              'sync.topic.configs.enabled': 'true',
              'sync.topic.acls.enabled': 'false',
              'source.consumer.isolation.level': 'read_committed',
            },
          },
          checkpointConnector: {
            tasksMax: 1,
            config: {
              'checkpoints.topic.replication.factor': rf,
              'offset-syncs.topic.location': 'target',
              'emit.checkpoints.interval.seconds': settings.checkpointSeconds,
              'sync.group.offsets.enabled': 'false',
              'replication.policy.separator': '.',
            },
          },
        },
      ],
    },
  };
}

/**
 * The `KafkaMirrorMaker2` resources of a replication plan: one per flow that carries topics. A partner the city has
 * no cluster entry for cannot receive a flow (as with the process runtime).
 */
export function kafkaMirrorMaker2sOf(flows: readonly ReplicationFlow[], local: StrimziCluster, partners: readonly StrimziCluster[], settings: MirrorMakerSettings): KafkaMirrorMaker2Resource[] {
  return flows
    .filter((flow) => flow.topics.length > 0)
    .map((flow) => {
      const target = partners.find((p) => p.city === flow.target);
      if (!target) throw new Error(`No cluster of partner ${flow.target} for flow ${flow.source}->${flow.target}`);
      return kafkaMirrorMaker2Of(flow, local, target, settings);
    });
}
