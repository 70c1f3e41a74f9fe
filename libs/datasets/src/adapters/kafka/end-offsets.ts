import type { Kafka } from 'kafkajs';

/** A partition's first and end offsets; the end is read_committed's (the last stable offset). */
export interface PartitionEnds {
  readonly low: bigint;
  readonly high: bigint;
}

/** The ends of every partition of a topic, or null when the topic does not exist (yet). */
export async function endOffsetsOf(kafka: Kafka, topic: string): Promise<Map<number, PartitionEnds> | null> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) return null;
    const offsets = await admin.fetchTopicOffsets(topic);
    return new Map(offsets.map((o) => [o.partition, { low: BigInt(o.low), high: BigInt(o.high) }]));
  } finally {
    await admin.disconnect();
  }
}
