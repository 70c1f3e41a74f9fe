import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { Kafka } from 'kafkajs';

export interface Arrival {
  readonly partition: number;
  readonly offset: string;
  readonly key: string;
  readonly value: Record<string, unknown>;
}

/** End offsets of a topic, to read only what arrives after this point. */
export async function endOffsets(kafka: Kafka, topic: string): Promise<Map<number, string>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
  } finally {
    await admin.disconnect();
  }
}

/** Reads `count` records after `from` with an independent consumer, decoded through the city's registry. */
export async function readArrivals(kafka: Kafka, registryUrl: string, reader: { clientId: string; secret: string }, topic: string, from: Map<number, string>, count: number, timeoutMs = 30_000): Promise<Arrival[]> {
  const registry = new SchemaRegistry({ host: registryUrl, auth: { username: reader.clientId, password: reader.secret } });
  const consumer = kafka.consumer({ groupId: `local-demo-${Date.now()}` });
  const arrivals: Arrival[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${arrivals.length} of ${count} records arrived on ${topic} within ${timeoutMs} ms`)), timeoutMs);
    void consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (!message.value) return;
        const value = (await registry.decode(message.value)) as Record<string, unknown>;
        arrivals.push({ partition, offset: message.offset, key: message.key?.toString() ?? '', value });
        if (arrivals.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  consumer.on(consumer.events.GROUP_JOIN, () => from.forEach((offset, partition) => consumer.seek({ topic, partition, offset })));
  try {
    await done;
    return arrivals;
  } finally {
    await consumer.disconnect();
  }
}
