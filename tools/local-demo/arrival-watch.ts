import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { Kafka } from 'kafkajs';

/** Event ids seen on one topic since the watch began (or since the topic's start), decoded through a registry. */
export interface ArrivalWatch {
  readonly topic: string;
  readonly eventIds: ReadonlySet<string>;
  stop(): Promise<void>;
}

/** Follows `topic` with a consumer group of its own, deleted when the watch stops; `fromEnd` skips what is there now. */
export async function watchArrivals(kafka: Kafka, topic: string, registry: { url: string; clientId: string; secret: string }, fromEnd: boolean): Promise<ArrivalWatch> {
  const decoder = new SchemaRegistry({ host: registry.url, auth: { username: registry.clientId, password: registry.secret } });
  const admin = kafka.admin();
  await admin.connect();
  const ends = fromEnd ? await admin.fetchTopicOffsets(topic) : [];
  const groupId = `local-demo-${topic}-${Date.now()}`;
  const eventIds = new Set<string>();
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 250 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  consumer.on(consumer.events.GROUP_JOIN, () => ends.forEach(({ partition, high }) => consumer.seek({ topic, partition, offset: high })));
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (!message.value) return;
      const value = (await decoder.decode(message.value).catch(() => ({}))) as { eventId?: unknown };
      if (typeof value.eventId === 'string') eventIds.add(value.eventId);
    },
  });
  return {
    topic,
    eventIds,
    stop: async () => {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
      await admin.disconnect();
    },
  };
}

/** How many of `ids` a watch has seen. */
export const arrivedOf = (watch: ArrivalWatch | undefined, ids: readonly string[]): number => (watch ? ids.filter((id) => watch.eventIds.has(id)).length : 0);
