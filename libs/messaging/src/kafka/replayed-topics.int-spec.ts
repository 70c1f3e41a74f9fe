import { createKafka } from './kafka-connection';
import { meshProducerConfig } from './producer-settings';
import { cityStack, kafkaConnectionOf, uniqueName, waitFor } from '@usm/testing';
import { logLevel } from 'kafkajs';
import { ReplayedTopics } from './replayed-topics';

const kafka = createKafka({ ...kafkaConnectionOf(cityStack('incheon'), 'admin', uniqueName('replayed-topics-it')), logLevel: logLevel.NOTHING });
const run = uniqueName('replayed');
const local = `${run}-validation.results.v1`;
const replica = `barcelona.${run}-validation.results.v1`;
const seen: string[] = [];
let replay: ReplayedTopics | undefined;

async function produce(topic: string, values: string[], transactional: boolean): Promise<void> {
  const producer = kafka.producer(transactional ? meshProducerConfig({ transactionalId: `${run}-${topic}`, idempotent: true, maxInFlightRequests: 1 }) : meshProducerConfig({}));
  await producer.connect();
  try {
    if (!transactional) {
      await producer.send({ topic, messages: values.map((value) => ({ value })) });
      return;
    }
    const transaction = await producer.transaction();
    await transaction.send({ topic, messages: values.map((value) => ({ value })) });
    await transaction.commit();
  } finally {
    await producer.disconnect();
  }
}

beforeAll(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: local, numPartitions: 1, replicationFactor: 1 }] });
  await admin.disconnect();
  // Written in a transaction: the partition ends with a commit marker that no message reaches.
  await produce(local, ['local-1', 'local-2'], true);
}, 60_000);

afterAll(async () => {
  await replay?.stop();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [local, replica] }).catch(() => undefined);
  await admin.disconnect();
}, 60_000);

describe('ReplayedTopics: replays what exists, and follows a partner replica that appears later', () => {
  it('is caught up once a transactional topic is replayed, even though its last offset is a commit marker', async () => {
    replay = new ReplayedTopics(kafka, [local, replica], run, async (topic, value) => void seen.push(`${topic}:${value?.toString() ?? ''}`), 500);
    await replay.start();
    await waitFor(async () => replay?.caughtUp === true, { timeoutMs: 60_000, description: 'the replay to catch up' });
    expect(seen).toEqual([`${local}:local-1`, `${local}:local-2`]);
    expect(replay.followed).toEqual([local]);
  }, 90_000);

  it('starts following the replica once MirrorMaker 2 creates it, without losing the topics it followed', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: replica, numPartitions: 1, replicationFactor: 1 }] });
    await admin.disconnect();
    await produce(replica, ['remote-1'], false);
    await waitFor(async () => seen.includes(`${replica}:remote-1`), { timeoutMs: 60_000, description: 'the replica record' });
    expect(replay?.followed).toEqual([local, replica]);
    await produce(local, ['local-3'], false);
    await waitFor(async () => seen.includes(`${local}:local-3`), { timeoutMs: 30_000, description: 'a new local record after the restart' });
  }, 120_000);
});
