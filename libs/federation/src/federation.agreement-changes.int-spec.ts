import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followersOf, topicCatalog } from '@usm/contracts';
import { uniqueName, waitFor } from '@usm/testing';
import { isAlive } from './adapters/mirror-maker/process-control';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, prepareCity, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { recordCount } from './testing/remote-records';
import { anonymisedEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fedc');
const prefix = `${run}-`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const remote = `incheon.${anonymised}`;
const barcelonaKafka = kafkaOf('barcelona', 'admin', 'federation-spec');
/** Longer than MirrorMaker 2's topic refresh (5 s) and poll loop: a flow still alive would have copied by then. */
const quietWindowMs = 12_000;
let node: FederationTestNode | undefined;
const workDir = mkdtempSync(join(tmpdir(), 'fed-changes-'));

async function produce(count: number, from: number): Promise<void> {
  const events = Array.from({ length: count }, (_, n) => anonymisedEvent('incheon', from + n));
  await publish('incheon', anonymised, events.map((value) => ({ key: value.eventId, value })));
}

/** Observes a count for a bounded window and fails as soon as it moves. */
async function expectUnchangedFor(windowMs: number, count: () => Promise<number>): Promise<number> {
  const start = await count();
  const end = Date.now() + windowMs;
  while (Date.now() < end) {
    expect(await count()).toBe(start);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return start;
}

beforeAll(async () => {
  await prepareCity('incheon', prefix, [topicCatalog.agreements, topicCatalog.safetyEventsAnonymised]);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir, schema: run.replace(/-/g, '_') });
}, 90_000);

afterAll(async () => {
  await node?.close();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 60_000);

describe('agreement changes act on replication', () => {
  const stream = new AgreementStream(`${run}-agr`, Date.now);

  it('replicates nothing while no agreement is in force, even a drafted and proposed one', async () => {
    await publishAgreementEvents('incheon', prefix, [stream.drafted('barcelona', [topicCatalog.safetyEventsAnonymised.name]), stream.proposed()]);
    await waitFor(async () => (await node?.status())?.agreements[0]?.status === 'proposed', { description: 'the proposal in the view' });
    await produce(5, 0);
    await expectUnchangedFor(quietWindowMs, () => recordCount(barcelonaKafka, remote));
    expect(node?.mirrorMaker.state().status).toBe('stopped');
    expect(await recordCount(barcelonaKafka, remote)).toBe(0);
  }, 60_000);

  it('starts replication on activation, and stops it for good on termination', async () => {
    await publishAgreementEvents('incheon', prefix, [stream.signed('city'), stream.signed('partner'), stream.activated()]);
    const activatedAt = Date.now();
    await waitFor(async () => (await recordCount(barcelonaKafka, remote)) > 0, { timeoutMs: 60_000, intervalMs: 200, description: 'first record at barcelona' });
    const firstRecordMs = Date.now() - activatedAt;
    await produce(5, 100);
    await waitFor(async () => (await recordCount(barcelonaKafka, remote)) === 10, { timeoutMs: 30_000, intervalMs: 200, description: 'all 10 records at barcelona' });

    const pid = node?.mirrorMaker.state().pid;
    await publishAgreementEvents('incheon', prefix, [stream.terminated()]);
    const terminatedAt = Date.now();
    await waitFor(() => pid !== undefined && pid !== null && !isAlive(pid), { timeoutMs: 30_000, intervalMs: 100, description: 'MirrorMaker 2 to exit' });
    const stoppedMs = Date.now() - terminatedAt;
    await produce(5, 200);
    const count = await expectUnchangedFor(quietWindowMs, () => recordCount(barcelonaKafka, remote));
    expect(count).toBe(10);
    const status = await node?.status();
    expect(status).toMatchObject({ flows: [], mirrorMaker: { status: 'stopped', pid: null } });
    process.stdout.write(`measured: activation → first record at barcelona ${firstRecordMs} ms; termination → MirrorMaker 2 gone (no new records) ${stoppedMs} ms\n`);
    expect(firstRecordMs).toBeLessThan(60_000);
    expect(stoppedMs).toBeLessThan(30_000);
  }, 150_000);

  it('after a restart, replays the history and starts only the flows in force, once', async () => {
    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-agr2`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    await waitFor(async () => (await node?.status())?.mirrorMaker.status === 'running', { timeoutMs: 30_000, description: 'the second agreement in force' });
    await node?.close();
    node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir, schema: `${run.replace(/-/g, '_')}_again` });
    const status = await waitFor(async () => {
      const current = await node?.status();
      return current?.mirrorMaker.status === 'running' && current.flows.length > 0 ? current : undefined;
    }, { timeoutMs: 30_000, description: 'the replayed plan running' });
    expect(status.agreements.map((a) => [a.agreementId, a.status])).toEqual([[`${run}-agr`, 'terminated'], [`${run}-agr2`, 'active']]);
    expect(status.flows.map((f) => f.topics.map((t) => t.topic))).toEqual([[topicCatalog.safetyEventsAnonymised.name, ...followersOf(topicCatalog.safetyEventsAnonymised.name).map((t) => t.name)]]);
    // One start, no restart: the terminated agreement's history never started a flow during the replay.
    expect(status.mirrorMaker.restarts).toBe(0);
  }, 120_000);
});
