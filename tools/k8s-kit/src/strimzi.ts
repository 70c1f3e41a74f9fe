import type { TopicDefinition } from '@usm/contracts';
import { allTopics, deadLetterTopicOf } from '@usm/contracts';
import type { AclGrant } from '@usm/messaging';
import { serviceGrantsOf } from '@usm/messaging';
import type { KitOptions, Resource } from './resource';
import { clusterNameOf, meta } from './resource';

const clusterLabel = (options: KitOptions) => ({ 'strimzi.io/cluster': clusterNameOf(options) });

/**
 * The city's Kafka: KRaft with node pools, one TLS listener with SCRAM-SHA-512 (clients) and the StandardAuthorizer
 * (`authorization: simple`, nobody allowed without a rule: ADR 0010), `admin` as the only super user.
 */
export function kafkaOf(options: KitOptions): Resource {
  const rf = Math.min(3, options.kafkaReplicas);
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { ...meta(options, clusterNameOf(options), 'kafka'), annotations: { 'strimzi.io/node-pools': 'enabled', 'strimzi.io/kraft': 'enabled' } },
    spec: {
      kafka: {
        version: '4.1.0',
        metadataVersion: '4.1-IV1',
        listeners: [{ name: 'tls', port: 9093, type: 'internal', tls: true, authentication: { type: 'scram-sha-512' } }],
        authorization: { type: 'simple', superUsers: ['admin'] },
        config: {
          'allow.everyone.if.no.acl.found': false,
          'default.replication.factor': rf,
          'min.insync.replicas': Math.max(1, rf - 1),
          'offsets.topic.replication.factor': rf,
          'transaction.state.log.replication.factor': rf,
          'transaction.state.log.min.isr': Math.max(1, rf - 1),
          'auto.create.topics.enable': false,
        },
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  };
}

/** One pool with both roles: enough for a city node; large cities split controllers from brokers. */
export function nodePoolsOf(options: KitOptions): Resource[] {
  return [
    {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaNodePool',
      metadata: { ...meta(options, 'dual-role', 'kafka'), labels: { ...meta(options, 'dual-role', 'kafka').labels, ...clusterLabel(options) } },
      spec: {
        replicas: options.kafkaReplicas,
        roles: ['controller', 'broker'],
        storage: { type: 'jbod', volumes: [{ id: 0, type: 'persistent-claim', size: '20Gi', deleteClaim: false, kraftMetadata: 'shared' }] },
      },
    },
  ];
}

/** A catalog topic as a Strimzi resource name (dots are fine in names, but lowercase RFC 1123 is required). */
export const topicResourceNameOf = (topic: string): string => topic.toLowerCase().replace(/[^a-z0-9.-]/g, '-');

function kafkaTopicOf(options: KitOptions, topic: TopicDefinition): Resource {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { ...meta(options, topicResourceNameOf(topic.name), 'topic'), labels: { ...meta(options, topic.name, 'topic').labels, ...clusterLabel(options) }, annotations: { 'usm.shareable': String(topic.shareable) } },
    spec: {
      topicName: topic.name,
      partitions: topic.partitions,
      replicas: Math.min(3, options.kafkaReplicas),
      config: { 'retention.ms': topic.retentionMs, 'cleanup.policy': topic.cleanupPolicy },
    },
  };
}

/** Every catalog topic and its dead-letter topic, with the catalog's partitions, retention and cleanup policy. */
export function topicsOf(options: KitOptions): Resource[] {
  return allTopics().flatMap((topic) => [kafkaTopicOf(options, topic), kafkaTopicOf(options, deadLetterTopicOf(topic))]);
}

const resourceTypes = { topic: 'topic', group: 'group', 'transactional-id': 'transactionalId', cluster: 'cluster' } as const;
const operations = {
  read: 'Read',
  write: 'Write',
  create: 'Create',
  delete: 'Delete',
  alter: 'Alter',
  describe: 'Describe',
  'describe-configs': 'DescribeConfigs',
  'alter-configs': 'AlterConfigs',
  'idempotent-write': 'IdempotentWrite',
} as const;

/** A mesh grant as a Strimzi `simple` ACL rule. */
export function strimziAclOf(grant: AclGrant): Record<string, unknown> {
  const resource = grant.resource === 'cluster'
    ? { type: 'cluster' }
    : { type: resourceTypes[grant.resource], name: grant.name, patternType: grant.pattern === 'literal' ? 'literal' : 'prefix' };
  return { type: 'allow', resource, operations: grant.operations.map((op) => operations[op]), host: '*' };
}

/**
 * A `KafkaUser` (SCRAM-SHA-512) per service and MirrorMaker 2 principal, its ACLs those topics:apply would set
 * (`serviceGrantsOf`); `partner-<city>` users authenticate only: the federation service owns their rules (ADR 0012).
 */
export function usersOf(options: KitOptions): Resource[] {
  const grants = serviceGrantsOf({ city: options.city, partners: options.partners });
  const user = (name: string, authorization?: Record<string, unknown>): Resource => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { ...meta(options, name, 'kafka-user'), labels: { ...meta(options, name, 'kafka-user').labels, ...clusterLabel(options) } },
    spec: { authentication: { type: 'scram-sha-512' }, ...(authorization ? { authorization } : {}) },
  });
  return [
    ...Object.entries(grants).map(([principal, list]) => user(principal, { type: 'simple', acls: list.map(strimziAclOf) })),
    ...options.partners.filter((p) => p !== options.city).map((partner) => user(`partner-${partner}`)),
  ];
}
