import { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import type { Kafka } from 'kafkajs';

/** The event ids arriving on a topic from now on, decoded through the city's registry, until `stop`. */
export interface TopicWatch {
  readonly eventIds: ReadonlySet<string>;
  stop(): Promise<void>;
}

export async function watchTopic(kafka: Kafka, topic: string, groupId: string, registry: { url: string; clientId: string; secret: string }): Promise<TopicWatch> {
  const decoder = new SchemaRegistry({ host: registry.url, auth: { username: registry.clientId, password: registry.secret } });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const eventIds = new Set<string>();
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic] });
  consumer.on(consumer.events.GROUP_JOIN, () => ends.forEach(({ partition, high }) => consumer.seek({ topic, partition, offset: high })));
  await consumer.run({
    eachMessage: async ({ message }) => {
      if (!message.value) return;
      const value = (await decoder.decode(message.value)) as { eventId?: unknown };
      if (typeof value.eventId === 'string') eventIds.add(value.eventId);
    },
  });
  return { eventIds, stop: () => consumer.disconnect() };
}
