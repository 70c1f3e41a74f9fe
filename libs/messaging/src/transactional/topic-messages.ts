import type { TopicMessages } from 'kafkajs';
import type { RecordPlan } from './record-plan';

/** Every message of a chunk's plans grouped by topic, in consumed order within each topic. */
export function topicMessagesOf(plans: readonly RecordPlan[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages['messages']>();
  for (const plan of plans) {
    for (const { topic, key, value, headers } of plan.messages) {
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key, value, headers });
      byTopic.set(topic, messages);
    }
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
