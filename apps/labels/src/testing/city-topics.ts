import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { dlqTopicOf, loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import type { AclBinding } from '@usm/messaging';
import { AvroCodec, AvroPublisher, SchemaRegistry, bindingsOf, consumes, createKafka, grantAcls, produces, reads, revokeAcls } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { cityStack, kafkaConnectionOf, registryCredentialsOf } from '@usm/testing';
import type { Kafka } from 'kafkajs';

export const adminKafkaOf = (city: string): Kafka => createKafka(kafkaConnectionOf(cityStack(city), 'admin', `${city}-labels-spec`));
const registryOf = (city: CityStack) => new SchemaRegistry({ url: city.registry.url, credentials: registryCredentialsOf(city, 'registry-provisioning') });

/**
 * The city's anonymised-events and labels topics under a test prefix (with the events' DLQ), their value
 * schemas registered, and the labels principal's grants on them; returns the grants, to be revoked.
 */
export async function prepareTopics(city: string, prefix: string): Promise<AclBinding[]> {
  const [events, labels] = [topicCatalog.safetyEventsAnonymised, topicCatalog.safetyLabels];
  const admin = adminKafkaOf(city).admin();
  await admin.connect();
  try {
    const topics = [
      { topic: `${prefix}${events.name}`, numPartitions: events.partitions, replicationFactor: 1 },
      { topic: dlqTopicOf(`${prefix}${events.name}`), numPartitions: 1, replicationFactor: 1 },
      { topic: `${prefix}${labels.name}`, numPartitions: labels.partitions, replicationFactor: 1 },
    ];
    await admin.createTopics({ waitForLeaders: true, topics });
  } finally {
    await admin.disconnect();
  }
  const bindings = bindingsOf('labels', [...consumes(`${prefix}${events.name}`), reads(`${prefix}${labels.name}`), produces(`${prefix}${labels.name}`)]);
  const added = await grantAcls(adminKafkaOf(city), bindings);
  const registry = registryOf(cityStack(city));
  for (const topic of [events, labels]) await registry.register(subjectOf(`${prefix}${topic.name}`), loadValueSchema(topic) as never);
  return added;
}

/** Revokes the grants and deletes every topic whose name holds the run's id. */
export async function cleanUp(city: string, run: string, bindings: readonly AclBinding[]): Promise<void> {
  await revokeAcls(adminKafkaOf(city), bindings);
  const admin = adminKafkaOf(city).admin();
  await admin.connect();
  try {
    const mine = (await admin.listTopics()).filter((t) => t.includes(run));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine });
  } finally {
    await admin.disconnect();
  }
}

/** Publishes Avro records (or, with `raw`, bytes as they are) to a city's topic as the provisioning admin. */
export async function publish<T>(city: CityStack, topic: string, records: readonly { key: string; value: T }[]): Promise<void> {
  const publisher = new AvroPublisher(adminKafkaOf(city.city), new AvroCodec(registryOf(city)));
  await publisher.connect();
  try {
    await publisher.publish(topic, records);
  } finally {
    await publisher.disconnect();
  }
}

export async function publishBytes(city: CityStack, topic: string, key: string, value: Buffer): Promise<void> {
  const producer = adminKafkaOf(city.city).producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages: [{ key, value }] });
  } finally {
    await producer.disconnect();
  }
}

/** Every value on a topic up to its current end, decoded with the city's registry (undecodable ones as null). */
export async function readValues<T>(city: CityStack, topic: string): Promise<(T | null)[]> {
  const kafka = adminKafkaOf(city.city);
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map((await admin.fetchTopicOffsets(topic)).filter((o) => Number(o.high) > 0).map((o) => [o.partition, Number(o.high) - 1] as const));
  await admin.disconnect();
  const codec = new AvroCodec(registryOf(city));
  const values: (T | null)[] = [];
  if (ends.size === 0) return values;
  const consumer = kafka.consumer({ groupId: `${city.city}-labels-spec-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          values.push(await codec.decode<T>(message.value).then((d) => d.value, () => null));
          if (Number(message.offset) >= (ends.get(partition) ?? -1)) ends.delete(partition);
          if (ends.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return values;
}

/** `npm run stack -- mirror|unmirror`: the stack's MirrorMaker 2 for a flow, as an operator runs it. */
export function stackCommand(args: readonly string[]): Promise<string> {
  const root = join(__dirname, '..', '..', '..', '..');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'infra', 'local', 'src', 'cli.ts'), ...args], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (c: Buffer) => output.push(c.toString()));
    child.stderr.on('data', (c: Buffer) => output.push(c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(output.join('')) : reject(new Error(`stack ${args.join(' ')} exited ${code}: ${output.join('')}`))));
  });
}
