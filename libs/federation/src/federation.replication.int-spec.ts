import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import { followersOf, topicCatalog } from '@usm/contracts';
import { createFederatedDeserializer } from '@usm/messaging';
import { cityStack, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { Client } from 'pg';
import { scanCluster } from './testing/cluster-scan';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, prepareCity, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { RemoteRecords, topicExists } from './testing/remote-records';
import { anonymisedEvent, plantedIdentifiers, plantedRawEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fed');
const prefix = `${run}-`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const raw = `${prefix}${topicCatalog.safetyEventsRaw.name}`;
const remote = `incheon.${anonymised}`;
/** Catalog names of the topics that go wherever anonymised events go (retraction notices). */
const followers = followersOf(topicCatalog.safetyEventsAnonymised.name).map((t) => t.name);
const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-spec');
const planted = plantedIdentifiers(run);
const deadline = 60_000;
let node: FederationTestNode | undefined;
let records: RemoteRecords<AnonymisedSafetyEvent> | undefined;

beforeAll(async () => {
  await prepareCity('incheon', prefix, [topicCatalog.agreements, topicCatalog.safetyEventsAnonymised, topicCatalog.safetyEventsRaw]);
  await prepareCity('barcelona', prefix, [topicCatalog.safetyEventsAnonymised]);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-incheon-')), schema: run.replace(/-/g, '_') });
}, 90_000);

afterAll(async () => {
  await records?.stop();
  await node?.close();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 60_000);

describe('federation incheon → barcelona on the real stack with MirrorMaker 2', () => {
  it('replicates nothing before an agreement is in force', async () => {
    expect(node?.mirrorMaker.state().status).toBe('stopped');
    expect((await node?.status())?.flows).toEqual([]);
  });

  it(`brings anonymised events to barcelona as ${'incheon.<topic>'} within ${deadline / 1000} s of activation, decoded with incheon's schemas`, async () => {
    const before = Array.from({ length: 10 }, (_, n) => anonymisedEvent('incheon', n));
    await publish('incheon', anonymised, before.map((value) => ({ key: value.eventId, value })));
    await publish('incheon', raw, [plantedRawEvent('incheon', planted), plantedRawEvent('incheon', planted)].map((value) => ({ key: value.eventId, value })));
    const local = anonymisedEvent('barcelona', 99);
    await publish('barcelona', anonymised, [{ key: local.eventId, value: local }]);
    const stream = new AgreementStream(`${run}-agr`, Date.now);
    await publishAgreementEvents('incheon', prefix, stream.inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    const activatedAt = Date.now();
    await waitFor(() => topicExists(barcelonaKafka, remote), { timeoutMs: deadline, description: `${remote} on barcelona` });
    records = new RemoteRecords(barcelonaKafka, createFederatedDeserializer({
      local: barcelona.registry.url,
      partners: { incheon: incheon.registry.url },
      localCredentials: registryCredentialsOf(barcelona, 'registry-federation'),
      // Barcelona reads Incheon's registry as the partner client Incheon's realm issued it.
      partnerCredentials: { incheon: registryCredentialsOf(incheon, 'partner-barcelona') },
    }));
    await records.start([anonymised, remote]);
    const firstArrival = await waitFor(() => records?.from(remote)[0]?.arrivedAt, { timeoutMs: deadline, description: 'first record at barcelona' });
    const after = Array.from({ length: 10 }, (_, n) => anonymisedEvent('incheon', 100 + n));
    await publish('incheon', anonymised, after.map((value) => ({ key: value.eventId, value })));
    await waitFor(() => (records?.from(remote).length ?? 0) >= 20, { timeoutMs: deadline, description: '20 records at barcelona' });
    process.stdout.write(`measured: activation → first record at barcelona ${firstArrival - activatedAt} ms\n`);
    expect(firstArrival - activatedAt).toBeLessThan(deadline);
    const values = records.from(remote).map((r) => r.value);
    expect(values).toEqual(expect.arrayContaining([...before, ...after]));
    expect(records.from(remote).every((r) => r.originCity === 'incheon')).toBe(true);
    await waitFor(() => records?.from(anonymised)[0], { timeoutMs: 20_000, description: 'the local barcelona record' });
    expect(records.from(anonymised)).toEqual([expect.objectContaining({ originCity: null, value: local })]);
  }, 150_000);

  it('reports flows, topics, lag in records and seconds and the MirrorMaker 2 process, also as metrics', async () => {
    const status = await waitFor(async () => {
      const extra = anonymisedEvent('incheon', 500);
      await publish('incheon', anonymised, [{ key: extra.eventId, value: extra }]);
      const current = await node?.status();
      const lag = current?.flows[0]?.topics[0]?.lag;
      return lag && lag.seconds !== null && lag.records === 0 ? current : undefined;
    }, { timeoutMs: 60_000, intervalMs: 1_500, description: 'lag measured by the probe and caught up' });
    expect(status.flows).toEqual([{ source: 'incheon', target: 'barcelona', topics: [expect.objectContaining({ topic: topicCatalog.safetyEventsAnonymised.name, clusterTopic: anonymised, remoteTopic: remote }), ...followers.map((topic) => expect.objectContaining({ topic }))] }]);
    expect(status.mirrorMaker).toMatchObject({ status: 'running', pid: expect.any(Number) });
    process.stdout.write(`measured: end-to-end lag of the last probed record ${status.flows[0]?.topics[0]?.lag.seconds} s\n`);
    const metrics = await (await fetch(`${node?.baseUrl}/metrics`)).text();
    // The lag monitor samples on its own cadence while this spec keeps producing, so the gauge need not read 0 here.
    expect(metrics).toMatch(new RegExp(`usm_federation_replication_lag_records\\{[^}]*target="barcelona"[^}]*\\} \\d+`));
    expect(metrics).toMatch(/usm_federation_mirror_maker_up\{[^}]*\} 1/);
    expect(metrics).toMatch(/usm_federation_replication_end_to_end_seconds_count\{[^}]*target="barcelona"/);
  }, 90_000);

  it('leaves no raw topic and none of the planted identifying values anywhere in barcelona', async () => {
    const scan = await scanCluster(barcelonaKafka, Object.values(planted));
    expect(scan.topics).toContain(remote);
    expect(scan.topics.filter((t) => t.startsWith('incheon.') && t.includes(topicCatalog.safetyEventsRaw.name))).toEqual([]);
    expect(scan.hits).toEqual([]);
    process.stdout.write(`measured: scanned ${scan.records} records in ${scan.topics.length} barcelona topics\n`);
  }, 180_000);

  it('starts MirrorMaker 2 again after it died on its own, and replication goes on', async () => {
    const killed = node?.mirrorMaker.state().pid as number;
    process.kill(killed, 'SIGKILL');
    const restarted = await waitFor(async () => {
      const current = await node?.status();
      return current?.mirrorMaker.status === 'running' && current.mirrorMaker.pid !== killed ? current.mirrorMaker : undefined;
    }, { timeoutMs: 30_000, description: 'MirrorMaker 2 running again' });
    expect(restarted.restarts).toBeGreaterThan(0);
    const extra = anonymisedEvent('incheon', 900);
    await publish('incheon', anonymised, [{ key: extra.eventId, value: extra }]);
    await waitFor(() => records?.from(remote).some((r) => r.value.eventId === extra.eventId), { timeoutMs: 60_000, description: 'a record sent after the restart' });
  }, 120_000);

  it('refuses an agreement that covers the raw topic: keeps the running flow, audits and reports the error', async () => {
    const pid = node?.mirrorMaker.state().pid;
    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-raw`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsRaw.name]));
    const status = await waitFor(async () => {
      const current = await node?.status();
      return current?.lastError?.code === 'FEDERATION.TOPIC_NOT_SHAREABLE' ? current : undefined;
    }, { timeoutMs: 20_000, description: 'the refusal in the status' });
    expect(status.mirrorMaker.pid).toBe(pid);
    expect(status.flows[0]?.topics.map((t) => t.topic)).toEqual([topicCatalog.safetyEventsAnonymised.name, ...followers]);
    const client = new Client({ connectionString: incheon.database.url });
    await client.connect();
    const { rows } = await client.query<{ agreement_id: string | null; outcome: string; error_code: string | null; new_flows: unknown }>(
      `SELECT agreement_id, outcome, error_code, new_flows FROM "${node?.schema}".federation_replication_audit ORDER BY id`,
    );
    await client.end();
    expect(rows[0]).toMatchObject({ agreement_id: null, outcome: 'unchanged' });
    expect(rows).toContainEqual(expect.objectContaining({ agreement_id: `${run}-agr`, outcome: 'applied', new_flows: [{ source: 'incheon', target: 'barcelona', topics: [topicCatalog.safetyEventsAnonymised.name, ...followers] }] }));
    expect(rows.at(-1)).toMatchObject({ agreement_id: `${run}-raw`, outcome: 'refused', error_code: 'FEDERATION.TOPIC_NOT_SHAREABLE' });
  }, 60_000);
});
