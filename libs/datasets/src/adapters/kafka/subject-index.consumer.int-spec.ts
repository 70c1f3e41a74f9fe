import type { AclBinding } from '@usm/messaging';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { loadValueSchema, subjectOf, topicCatalog } from '@usm/contracts';
import { AvroCodec, SchemaRegistry, bindingsOf, createKafka, grantAcls, meshProducerConfig, reads, revokeAcls } from '@usm/messaging';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, runSql, uniqueName } from '@usm/testing';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { anonymisedEventOf } from '../../testing/anonymised-event-generator';
import { SubjectIndexMetrics } from '../metrics/subject-index-metrics';
import { CreateDatasetsTables1797000000000 } from '../postgres/migrations/1797000000000-create-datasets-tables';
import { CreateSubjectIndexPositions1797100000000 } from '../postgres/migrations/1797100000000-create-subject-index-positions';
import { PostgresReleaseIndex } from '../postgres/postgres-release-index';
import { PostgresSubjectIndex } from '../postgres/postgres-subject-index';
import { KafkaSubjectIndexFeed } from './subject-index.consumer';

/*
 * The subject index fed by the own anonymised stream, on the real stack as the datasets principal: committed
 * records only, own-city reporters only, positions kept with the rows so a restart resumes and a replay changes
 * nothing, and a rebuild from empty gives the same index.
 */
const incheon = cityStack('incheon');
const run = uniqueName('dssubj');
const topic = `${run}-${topicCatalog.safetyEventsAnonymised.name}`;
const schema = run.replace(/-/g, '_');
const admin = createKafka(kafkaConnectionOf(incheon, 'admin', 'ds-subject-index-spec'));
const asDatasets = createKafka(kafkaConnectionOf(incheon, 'datasets', 'incheon-datasets-subject-index-spec'));
const registry = new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-provisioning') });
const codec = new AvroCodec(registry);
const datasetsReads = bindingsOf('datasets', [reads(topic)]);
let datasetsGranted: AclBinding[] = [];
const reporterOf = (n: number) => `hmac-sha256:k1:${run}-reporter-${n % 7}`;
/** Own events with one of seven reporters, every fifth without one, every ninth of a partner city. */
const events = (from: number, to: number): AnonymisedSafetyEvent[] =>
  Array.from({ length: to - from }, (_, i) => {
    const n = from + i;
    const city = n % 9 === 0 ? 'barcelona' : 'incheon';
    return { ...anonymisedEventOf(city, run, n), reporterPseudonym: n % 5 === 0 ? null : reporterOf(n) };
  });
const expectedOf = (list: readonly AnonymisedSafetyEvent[]) => list.filter((e) => e.city === 'incheon' && e.reporterPseudonym !== null);
let db: DataSource;

const messagesOf = async (list: readonly AnonymisedSafetyEvent[]) => Promise.all(list.map(async (e) => ({ key: e.eventId, value: await codec.encode(subjectOf(topic), e) })));

function feed(groupSuffix = 'a', metrics = new SubjectIndexMetrics(new Registry())): KafkaSubjectIndexFeed {
  return new KafkaSubjectIndexFeed(asDatasets, new AvroCodec(new SchemaRegistry({ url: incheon.registry.url, credentials: registryCredentialsOf(incheon, 'registry-datasets') })), new PostgresSubjectIndex(db), metrics, {
    topic, groupId: `incheon-datasets-subject-index-${run}-${groupSuffix}`, ownCity: 'incheon', maxRecordsPerTransaction: 40,
  });
}

/** Every (pseudonym, event id) pair of the index, sorted. */
async function indexContent(): Promise<string[]> {
  const rows = (await db.query('SELECT reporter_pseudonym, event_id FROM dataset_subject_events ORDER BY 1, 2')) as { reporter_pseudonym: string; event_id: string }[];
  return rows.map((r) => `${r.reporter_pseudonym} ${r.event_id}`);
}

beforeAll(async () => {
  const a = admin.admin();
  await a.connect();
  await a.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1 }] });
  await a.disconnect();
  await registry.register(subjectOf(topic), loadValueSchema(topicCatalog.safetyEventsAnonymised) as never);
  datasetsGranted = await grantAcls(admin, datasetsReads);
  await runSql(incheon.database.url, `CREATE SCHEMA "${schema}"`);
  // search_path too: the migrations' unqualified SQL must land in the run's schema, not in public.
  db = await new DataSource({
    type: 'postgres', url: incheon.database.url, schema, extra: { options: `-c search_path=${schema}` },
    migrations: [CreateDatasetsTables1797000000000, CreateSubjectIndexPositions1797100000000], migrationsRun: true, logging: false,
  }).initialize();
}, 60_000);

afterAll(async () => {
  try {
    await db?.destroy();
    await runSql(incheon.database.url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    const a = admin.admin();
    await a.connect();
    await a.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await a.disconnect();
  } finally {
    // topics:apply owns every rule of the datasets principal: a rule left behind would be a stale one to it.
    await revokeAcls(admin, datasetsGranted);
  }
}, 60_000);

describe('subject index fed by the own anonymised stream (read_committed, as the datasets principal)', () => {
  const committed = events(0, 300);
  const aborted = events(300, 340);
  const later = events(340, 400);

  it('indexes every committed own event with a reporter, none of an aborted transaction, and knows when it caught up', async () => {
    const producer = admin.producer(meshProducerConfig());
    const transactional = admin.producer(meshProducerConfig({ transactionalId: `${run}-tx`, maxInFlightRequests: 1 }));
    await Promise.all([producer.connect(), transactional.connect()]);
    await producer.send({ topic, acks: -1, messages: await messagesOf(committed.slice(0, 250)) });
    const tx = await transactional.transaction();
    await tx.send({ topic, acks: -1, messages: await messagesOf(committed.slice(250)) });
    await tx.commit();
    const abortedTx = await transactional.transaction();
    await abortedTx.send({ topic, acks: -1, messages: await messagesOf(aborted) });
    await abortedTx.abort();
    await Promise.all([producer.disconnect(), transactional.disconnect()]);

    const registryOfMetrics = new Registry();
    const first = feed('a', new SubjectIndexMetrics(registryOfMetrics));
    await first.start();
    await first.awaitCaughtUp(60_000);
    await first.stop();
    const index = new PostgresReleaseIndex(db);
    const expected = expectedOf(committed);
    expect(await index.eventsOfSubjects([reporterOf(1)])).toEqual(expected.filter((e) => e.reporterPseudonym === reporterOf(1)).map((e) => e.eventId).sort());
    expect((await indexContent()).length).toBe(expected.length);
    expect(await index.eventsOfSubjects(aborted.map((e) => e.reporterPseudonym ?? '').filter(Boolean)).then((ids) => ids.filter((id) => aborted.some((e) => e.eventId === id)))).toEqual([]);
    expect(first.status()).toMatchObject({ topic, partitions: [{ partition: 0 }, { partition: 1 }, { partition: 2 }] });
    const metrics = await registryOfMetrics.metrics();
    expect(metrics).toContain(`usm_datasets_subject_index_records_total{outcome="indexed"} ${expected.length}`);
  }, 120_000);

  it('resumes from its stored positions after a restart, and replaying the whole stream over the rows changes nothing', async () => {
    const before = await indexContent();
    const producer = admin.producer(meshProducerConfig());
    await producer.connect();
    await producer.send({ topic, acks: -1, messages: await messagesOf(later) });
    await producer.disconnect();
    const restarted = feed('a');
    await restarted.start();
    await restarted.awaitCaughtUp(60_000);
    await restarted.stop();
    const after = await indexContent();
    expect(after.length).toBe(before.length + expectedOf(later).length);
    // Positions forgotten, rows kept: the whole stream is applied again on top of them.
    await db.query('TRUNCATE dataset_subject_index_positions');
    const replay = feed('b');
    await replay.start();
    await replay.awaitCaughtUp(60_000);
    await replay.stop();
    expect(await indexContent()).toEqual(after);
  }, 120_000);

  it('rebuilds the same index from empty', async () => {
    const full = await indexContent();
    await db.query('TRUNCATE dataset_subject_events, dataset_subject_index_positions');
    const rebuild = feed('c');
    await rebuild.start();
    await rebuild.awaitCaughtUp(60_000);
    await rebuild.stop();
    expect(await indexContent()).toEqual(full);
  }, 120_000);
});
