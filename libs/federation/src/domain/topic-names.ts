import type { ReplicationFlow } from './replication-flow';

/**
 * Flows with catalog names turned into the names on the clusters. The prefix is empty in production;
 * tests run a whole node under a unique prefix so runs never share topics.
 */
export function physicalFlows(flows: readonly ReplicationFlow[], topicPrefix: string): readonly ReplicationFlow[] {
  return flows.map((flow) => ({ ...flow, topics: flow.topics.map((topic) => `${topicPrefix}${topic}`) }));
}

/** Where MirrorMaker 2's DefaultReplicationPolicy puts a source topic on the target: `<source>.<topic>`. */
export function remoteTopicOf(sourceCity: string, topic: string): string {
  return `${sourceCity}.${topic}`;
}
