import { Kafka, logLevel } from 'kafkajs';
import { InfrastructureError } from '@usm/errors';
import type { Endpoints } from './endpoints';
import { applyTopicChanges, readExistingTopics } from './kafka-topics';
import type { TopicChange } from './topic-changes';
import { describeTopicChange, topicChangesOf } from './topic-changes';
import { plannedTopics } from './topic-plan';

export interface ApplyTopicsOptions {
  readonly prefix?: string;
  /** Defaults to min(3, brokers in the cluster): 1 on a local single-broker city, 3 in production. */
  readonly replicationFactor?: number;
}

/** topics:apply — creates or updates every catalog topic and its DLQ; running it twice changes nothing. */
export async function applyTopics(endpoints: Endpoints, options: ApplyTopicsOptions, log: (line: string) => void): Promise<TopicChange[]> {
  const kafka = new Kafka({ clientId: 'contracts-cli', brokers: [...endpoints.brokers], logLevel: logLevel.ERROR });
  const admin = kafka.admin();
  try {
    await admin.connect();
    const planned = plannedTopics(options.prefix);
    const existing = await readExistingTopics(admin, planned.map((t) => t.name));
    const changes = topicChangesOf(planned, existing);
    const replicationFactor = options.replicationFactor ?? Math.min(3, (await admin.describeCluster()).brokers.length);
    await applyTopicChanges(admin, changes, replicationFactor);
    changes.forEach((change) => log(describeTopicChange(change)));
    return changes;
  } catch (cause) {
    throw new InfrastructureError('CONTRACTS_CLI.TOPICS_APPLY_FAILED', `topics:apply failed on ${endpoints.brokers.join(',')}: ${(cause as Error).message}`, { cause });
  } finally {
    await admin.disconnect();
  }
}
