import type { AclBinding } from '@usm/messaging';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, SchemaRegistry, bindingsOf, createKafka, grantAcls, meshProducerConfig, reads, revokeAcls } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName } from '@usm/testing';
import type { BuildProgress } from '../../application/build-progress';
import { anonymisedEventOf } from '../../testing/anonymised-event-generator';
import { KafkaSnapshotReader } from './kafka-snapshot-reader';
import { WriterSchemaDecoder } from './schema-types';

const incheon = cityStack('incheon');
const run = uniqueName('dssnap');
const topic = `${run}-${topicCatalog.safetyEventsAnonymised.name}`;
const admin = createKafka(kafkaConnectionOf(incheon, 'admin', 'ds-snapshot-spec'));
const asDatasets = createKafka(kafkaConnectionOf(incheon, 'datasets', 'incheon-datasets-spec'));
const registry = new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-provisioning') });
const codec = new AvroCodec(registry);
const events = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => anonymisedEventOf('incheon', run, from + i));
const send = async (producer: { send: (r: never) => Promise<unknown> }, list: ReturnType<typeof events>) =>
  producer.send({ topic, acks: -1, messages: await Promise.all(list.map(async (e) => ({ key: e.eventId, value: await codec.encode(subjectOf(topic), e) }))) } as never);

const datasetsReads = bindingsOf('datasets', [reads(topic)]);
let datasetsGranted: AclBinding[] = [];

beforeAll(async () => {
  const a = admin.admin();
  await a.connect();
  await a.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
  await a.disconnect();
  datasetsGranted = await grantAcls(admin, datasetsReads);
  await registry.register(subjectOf(topic), loadValueSchema(topicCatalog.safetyEventsAnonymised) as never);
}, 60_000);

afterAll(async () => {
  // topics:apply owns every rule of the datasets principal: a rule left behind would be a stale one to it.
  await revokeAcls(admin, datasetsGranted);
  const a = admin.admin();
  await a.connect();
  await a.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await a.disconnect();
});

describe('Kafka snapshot reader (read_committed, fixed end offsets, as the datasets principal)', () => {
  it('reads exactly the committed records below the snapshot: not the aborted ones, not those produced after it', async () => {
    const producer = admin.producer(meshProducerConfig());
    const transactional = admin.producer(meshProducerConfig({ transactionalId: `${run}-tx`, maxInFlightRequests: 1 }));
    await Promise.all([producer.connect(), transactional.connect()]);
    await send(producer, events(0, 300));
    const committed = await transactional.transaction();
    await committed.send({ topic, acks: -1, messages: await Promise.all(events(300, 350).map(async (e) => ({ key: e.eventId, value: await codec.encode(subjectOf(topic), e) }))) });
    await committed.commit();
    const aborted = await transactional.transaction();
    await aborted.send({ topic, acks: -1, messages: await Promise.all(events(350, 400).map(async (e) => ({ key: e.eventId, value: await codec.encode(subjectOf(topic), e) }))) });
    await aborted.abort();

    const reader = new KafkaSnapshotReader(asDatasets, new WriterSchemaDecoder('incheon', new Map([['incheon', new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-datasets') })]])), 'incheon', new Set(['incheon', 'barcelona']), {
      groupPrefix: 'incheon-datasets-spec',
      maxBytes: 8 * 1024 * 1024,
      maxBytesPerPartition: 2 * 1024 * 1024,
      stallTimeoutMs: 30_000,
    });
    const sources = [{ topic, source: topic, kind: 'events' as const }];
    const snapshot = await reader.fix(sources);
    await send(producer, events(400, 450));
    await Promise.all([producer.disconnect(), transactional.disconnect()]);

    const progress: BuildProgress[] = [];
    const contents = await reader.read(snapshot, sources, (p) => progress.push(p));
    expect(new Set(contents.events.map((e) => e.eventId))).toEqual(new Set(events(0, 350).map((e) => e.eventId)));
    expect(contents.events).toHaveLength(350);
    expect(contents.events.every((e) => e.position.city === 'incheon' && e.position.topic === topic && BigInt(e.position.offset) < BigInt(snapshot.partitions[e.position.partition]?.end ?? '0'))).toBe(true);
    expect(snapshot.partitions.map((p) => p.partition)).toEqual([0, 1, 2]);
    const last = progress[progress.length - 1];
    expect(last?.phase).toBe('reading');
    expect(last?.partitions.every((p) => p.read === p.total)).toBe(true);
    expect(last?.recordsRead).toBe(350);

    const again = await reader.read(snapshot, sources, () => undefined);
    // Partitions interleave differently from read to read; the set of positions is what a snapshot fixes (the domain orders rows).
    const positions = (list: typeof contents.events) => list.map((e) => `${e.position.partition}:${e.position.offset.padStart(12, '0')}`).sort();
    expect(positions(again.events)).toEqual(positions(contents.events));
  }, 120_000);
});
