import { randomUUID } from 'node:crypto';
import { AvroCodec, SchemaRegistry } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { registryCredentialsOf } from '@usm/testing';
import { adminKafkaOf } from './two-city-topics';

/** Every value on a topic up to its current end, decoded with the city's registry. */
export async function readValues<T>(city: CityStack, topic: string): Promise<T[]> {
  const kafka = adminKafkaOf(city.city);
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).filter((o) => Number(o.high) > 0).map((o) => [o.partition, Number(o.high) - 1] as const));
  await admin.disconnect();
  const codec = new AvroCodec(new SchemaRegistry({ url: city.registry.url, credentials: registryCredentialsOf(city, 'registry-provisioning') }));
  const values: T[] = [];
  if (ends.size === 0) return values;
  const consumer = kafka.consumer({ groupId: `${city.city}-datasets-spec-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          values.push((await codec.decode<T>(message.value)).value);
          if (Number(message.offset) >= (ends.get(partition) ?? -1)) ends.delete(partition);
          if (ends.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return values;
}
