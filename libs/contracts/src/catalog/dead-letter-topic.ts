import { dlqTopicOf } from './topic-names';
import type { TopicDefinition } from './topic-definition';

const fourteenDays = 14 * 24 * 60 * 60 * 1000;

/**
 * Settings of a topic's dead-letter topic. One partition: dead letters are rare and need no order.
 * Kept 14 days, never longer than the topic itself, because a raw dead letter holds the same personal data.
 */
export function deadLetterTopicOf(topic: TopicDefinition): TopicDefinition {
  const retentionMs = topic.retentionMs === -1 ? fourteenDays : Math.min(topic.retentionMs, fourteenDays);
  return {
    ...topic,
    name: dlqTopicOf(topic.name),
    partitions: 1,
    retentionMs,
    cleanupPolicy: 'delete',
    shareable: false,
    doc: `Dead letters of ${topic.name}: the original key and value bytes, the reason in headers. Never shared.`,
  };
}
