import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import type { AclBinding } from '@usm/messaging';
import { SchemaRegistry, bindingsOf, consumes, grantAcls, produces, reads, revokeAcls } from '@usm/messaging';
import { cityStack, registryCredentialsOf } from '@usm/testing';
import { adminKafkaOf } from './datasets-stack';

/** The catalog topics one city of the joint-testing spec uses, under the run's prefix. */
export const jointTopics = [topicCatalog.safetyEventsAnonymised, topicCatalog.safetyLabels, topicCatalog.agreements, topicCatalog.datasetReleases, topicCatalog.validationResults];

/**
 * The broker rules the labels, datasets and validation principals need on the prefixed topics of one city, and on
 * the partner's replicated results (`<partner>.<prefix>validation.results.v1`). Their consumer groups
 * (`<city>-labels…`, `<city>-datasets…`, `<city>-validation…`) are topics:apply's rules: neither granted nor revoked
 * here, since revoking a binding equal to one topics:apply made would take it from every later run on the stack.
 */
export function jointGrantsOf(partner: string, prefix: string): AclBinding[] {
  const t = (name: string) => `${prefix}${name}`;
  const c = topicCatalog;
  return [
    ...bindingsOf('labels', [...consumes(t(c.safetyEventsAnonymised.name)), reads(t(c.safetyLabels.name)), produces(t(c.safetyLabels.name))]),
    ...bindingsOf('datasets', [reads(t(c.safetyEventsAnonymised.name)), reads(t(c.safetyLabels.name)), reads(t(c.agreements.name)), produces(t(c.datasetReleases.name))]),
    ...bindingsOf('validation', [
      ...consumes(t(c.datasetReleases.name)), ...consumes(t(c.validationResults.name)), ...consumes(`${partner}.${t(c.validationResults.name)}`),
      produces(t(c.validationResults.name)),
    ]),
  ];
}

/** Creates the prefixed topics (and the events' DLQ), registers their value schemas and grants the rules; returns the rules. */
export async function prepareJointCity(city: string, partner: string, prefix: string): Promise<AclBinding[]> {
  const admin = adminKafkaOf(city).admin();
  await admin.connect();
  try {
    const topics = jointTopics.map((t) => ({ topic: `${prefix}${t.name}`, numPartitions: t.partitions, replicationFactor: 1 }));
    await admin.createTopics({ waitForLeaders: true, topics: [...topics, { topic: dlqTopicOf(`${prefix}${topicCatalog.safetyEventsAnonymised.name}`), numPartitions: 1, replicationFactor: 1 }] });
  } finally {
    await admin.disconnect();
  }
  const stack = cityStack(city);
  const registry = new SchemaRegistry({ url: stack.registry.url, credentials: registryCredentialsOf(stack, 'registry-provisioning') });
  for (const topic of jointTopics) await registry.register(subjectOf(`${prefix}${topic.name}`), loadValueSchema(topic) as never);
  const bindings = jointGrantsOf(partner, prefix);
  await grantAcls(adminKafkaOf(city), bindings);
  return bindings;
}

/** Revokes the rules and deletes every topic whose name holds the run's id (local and replicated copies). */
export async function cleanUpJointCity(city: string, run: string, bindings: readonly AclBinding[]): Promise<void> {
  try {
    const admin = adminKafkaOf(city).admin();
    await admin.connect();
    try {
      const mine = (await admin.listTopics()).filter((topic) => topic.includes(run));
      if (mine.length > 0) await admin.deleteTopics({ topics: mine });
    } finally {
      await admin.disconnect();
    }
  } finally {
    await revokeAcls(adminKafkaOf(city), bindings);
  }
}
