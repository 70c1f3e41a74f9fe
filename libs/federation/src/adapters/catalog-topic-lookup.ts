import { findTopic, followersOf, loadValueSchema, privacyTagsOf } from '@usm/contracts';
import type { ReplicableTopic } from '../domain/replication-flow';

/** A catalog topic as the plan sees it: shareable or not, the `direct` fields of its value schema, and the topics that follow it. */
export function catalogTopicLookup(name: string): ReplicableTopic | undefined {
  const topic = findTopic(name);
  if (!topic) return undefined;
  const directFields = privacyTagsOf(loadValueSchema(topic)).filter((field) => field.tag === 'direct').map((field) => field.path);
  return { name: topic.name, shareable: topic.shareable, directFields, followers: followersOf(topic.name).map((follower) => follower.name) };
}
