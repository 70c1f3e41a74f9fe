import { findTopic, loadValueSchema, privacyTagsOf } from '@usm/contracts';
import type { ReplicableTopic } from '../domain/replication-flow';

/** A catalog topic as the plan sees it: shareable or not, and the `direct` fields of its value schema. */
export function catalogTopicLookup(name: string): ReplicableTopic | undefined {
  const topic = findTopic(name);
  if (!topic) return undefined;
  const directFields = privacyTagsOf(loadValueSchema(topic)).filter((field) => field.tag === 'direct').map((field) => field.path);
  return { name: topic.name, shareable: topic.shareable, directFields };
}
