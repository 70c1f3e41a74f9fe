import type { Admin } from 'kafkajs';
import type { PartitionOffsets } from '../../domain/replication-lag';

/** End offsets of a topic by partition; empty when the topic is not among `existing` (kafkajs retries unknown topics for long). */
export async function endOffsetsOf(admin: Admin, topic: string, existing: ReadonlySet<string>): Promise<PartitionOffsets> {
  if (!existing.has(topic)) return {};
  const offsets = await admin.fetchTopicOffsets(topic);
  return Object.fromEntries(offsets.map(({ partition, high }) => [partition, Number(high)]));
}
