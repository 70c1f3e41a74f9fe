import { logLevel } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import type { AclBinding } from '@usm/messaging';
import { createKafka, serviceAclsOf } from '@usm/messaging';
import type { AclChanges } from './acl-changes';
import { aclChangesOf, describeAclBinding } from './acl-changes';
import type { Endpoints } from './endpoints';
import { applyAclChanges, readAclBindings } from './kafka-acls';
import { applyTopicChanges, readExistingTopics } from './kafka-topics';
import type { TopicChange } from './topic-changes';
import { describeTopicChange, topicChangesOf } from './topic-changes';
import { plannedTopics } from './topic-plan';

export interface ApplyTopicsOptions {
  readonly prefix?: string;
  /** Defaults to min(3, brokers in the cluster): 1 on a local single-broker city, 3 in production. */
  readonly replicationFactor?: number;
}

/** A binding a prefixed run made: on `<prefix>.<catalog topic>` (it may still be in use by a running test). */
function underTestPrefix(binding: AclBinding): boolean {
  const names = plannedTopics().map((t) => t.name);
  return binding.resource === 'topic' && !names.includes(binding.name) && names.some((name) => binding.name.endsWith(`.${name}`));
}

export interface AppliedContracts extends Array<TopicChange> {
  /** The service ACL changes, when the city is known (`--city`). */
  acls?: AclChanges;
}

/**
 * topics:apply — creates or updates every catalog topic and its DLQ, then keeps the service and MirrorMaker 2
 * principals' ACLs as the catalog says (stale ones deleted, except under a test prefix); running it twice changes nothing.
 */
export async function applyTopics(endpoints: Endpoints, options: ApplyTopicsOptions, log: (line: string) => void): Promise<AppliedContracts> {
  const kafka = createKafka({ clientId: 'contracts-cli', brokers: endpoints.brokers, logLevel: logLevel.ERROR, ...(endpoints.security ? { security: endpoints.security } : {}) });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const planned = plannedTopics(options.prefix);
    const existing = await readExistingTopics(admin, planned.map((t) => t.name));
    const changes: AppliedContracts = topicChangesOf(planned, existing);
    const replicationFactor = options.replicationFactor ?? Math.min(3, (await admin.describeCluster()).brokers.length);
    await applyTopicChanges(admin, changes, replicationFactor);
    changes.forEach((change) => log(describeTopicChange(change)));
    if (endpoints.acls) {
      const wanted = serviceAclsOf({ ...endpoints.acls, ...(options.prefix ? { topicPrefix: options.prefix } : {}) });
      const acls = aclChangesOf(wanted, await readAclBindings(admin), options.prefix === undefined, underTestPrefix);
      await applyAclChanges(admin, acls);
      acls.create.forEach((b) => log(`acl created: ${describeAclBinding(b)}`));
      acls.delete.forEach((b) => log(`acl deleted: ${describeAclBinding(b)}`));
      log(`acls: ${acls.create.length} created, ${acls.delete.length} deleted, ${acls.unchanged} unchanged`);
      changes.acls = acls;
    }
    return changes;
  } catch (cause) {
    throw new InfrastructureError('CONTRACTS_CLI.TOPICS_APPLY_FAILED', `topics:apply failed on ${endpoints.brokers.join(',')}: ${(cause as Error).message}`, { cause });
  } finally {
    await admin.disconnect();
  }
}
