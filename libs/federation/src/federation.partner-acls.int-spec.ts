import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followersOf, topicCatalog } from '@usm/contracts';
import { cityStack, uniqueName, waitFor } from '@usm/testing';
import { Client } from 'pg';
import { AgreementStream } from './testing/agreement-events';
import type { FederationTestNode } from './testing/federation-test-node';
import { deleteRunTopicsIn, kafkaOf, prepareCity, publish, publishAgreementEvents, startFederationNode } from './testing/federation-test-node';
import { allowProbeGroups, readAs } from './testing/read-as';
import { recordCount } from './testing/remote-records';
import { anonymisedEvent } from './testing/safety-event-fixtures';

const run = uniqueName('fedacl');
const prefix = `${run}-`;
const anonymised = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const labels = `${prefix}${topicCatalog.safetyLabels.name}`;
/** An agreement sharing anonymised events also shares the topics that follow them (retraction notices). */
const sharedWithEvents = [anonymised, ...followersOf(topicCatalog.safetyEventsAnonymised.name).map((t) => `${prefix}${t.name}`)];
const rulesOfEvents = sharedWithEvents.flatMap((t) => [`describe ${t}`, `describe-configs ${t}`, `read ${t}`]).sort();
const remote = `incheon.${anonymised}`;
const partner = 'partner-barcelona';
const groups = `${run}-probe-`;
const barcelonaKafka = kafkaOf('barcelona');
/** Longer than MirrorMaker 2's topic refresh (5 s) and poll loop: a flow still alive would have copied by then. */
const quietWindowMs = 10_000;
let node: FederationTestNode | undefined;
let forgetGroups: (() => Promise<void>) | undefined;

async function produce(count: number, from: number): Promise<void> {
  const events = Array.from({ length: count }, (_, n) => anonymisedEvent('incheon', from + n));
  await publish('incheon', anonymised, events.map((value) => ({ key: value.eventId, value })));
}

async function expectUnchangedFor(windowMs: number, count: () => Promise<number>): Promise<number> {
  const start = await count();
  const end = Date.now() + windowMs;
  while (Date.now() < end) {
    expect(await count()).toBe(start);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return start;
}

const partnerReads = (topic: string, atLeast = 1) => readAs('incheon', partner, groups, topic, atLeast);
const partnerRules = async () => ((await node?.status())?.partnerAcls ?? []).filter((a) => a.principal === partner).map((a) => `${a.operation} ${a.name}`).sort();

async function auditRows(): Promise<{ trigger: string; agreement_id: string | null; outcome: string; acls_granted: unknown[]; acls_revoked: unknown[] }[]> {
  const client = new Client({ connectionString: cityStack('incheon').database.url });
  await client.connect();
  try {
    return (await client.query(`SELECT trigger, agreement_id, outcome, acls_granted, acls_revoked FROM "${node?.schema}".federation_replication_audit ORDER BY id`)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await prepareCity('incheon', prefix, [topicCatalog.agreements, topicCatalog.safetyEventsAnonymised, topicCatalog.safetyLabels]);
  forgetGroups = await allowProbeGroups('incheon', partner, groups);
  await produce(3, 0);
  node = await startFederationNode({ city: 'incheon', partners: ['barcelona'], prefix, workDir: mkdtempSync(join(tmpdir(), 'fed-acl-')), schema: run.replace(/-/g, '_') });
}, 90_000);

afterAll(async () => {
  await node?.close();
  await forgetGroups?.();
  await deleteRunTopicsIn(['incheon', 'barcelona'], prefix);
}, 60_000);

describe('partners are confined by broker rules that follow agreements', () => {
  const stream = new AgreementStream(`${run}-agr`, Date.now);

  it('lets the partner read nothing before an agreement is in force', async () => {
    expect(await partnerReads(anonymised)).toEqual({ refused: 'TOPIC_AUTHORIZATION_FAILED' });
  }, 60_000);

  it('after activation, lets partner-barcelona read exactly the covered topic and its retraction notices, and MirrorMaker 2 copies it', async () => {
    await publishAgreementEvents('incheon', prefix, stream.inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name]));
    await waitFor(async () => (await partnerRules()).length === rulesOfEvents.length, { timeoutMs: 30_000, description: 'the partner rules in force' });
    expect(await partnerRules()).toEqual(rulesOfEvents);
    expect(await partnerReads(anonymised, 3)).toEqual({ records: 3 });
    // Shareable but not covered, and the topics that never leave the city.
    for (const topic of [labels, topicCatalog.safetyEventsRaw.name, topicCatalog.consentRecords.name, topicCatalog.agreements.name, `${prefix}${topicCatalog.agreements.name}`]) {
      expect([topic, await partnerReads(topic)]).toEqual([topic, { refused: 'TOPIC_AUTHORIZATION_FAILED' }]);
    }
    await waitFor(async () => (await recordCount(barcelonaKafka, remote)) === 3, { timeoutMs: 60_000, intervalMs: 250, description: 'the records at barcelona' });
  }, 180_000);

  it('after termination, the partner read fails with TOPIC_AUTHORIZATION_FAILED and MirrorMaker 2 receives nothing more', async () => {
    await publishAgreementEvents('incheon', prefix, [stream.terminated()]);
    await waitFor(async () => (await partnerRules()).length === 0 && (await node?.status())?.mirrorMaker.status === 'stopped', { timeoutMs: 30_000, description: 'rules revoked and MirrorMaker 2 stopped' });
    expect(await partnerReads(anonymised)).toEqual({ refused: 'TOPIC_AUTHORIZATION_FAILED' });
    await produce(3, 100);
    expect(await expectUnchangedFor(quietWindowMs, () => recordCount(barcelonaKafka, remote))).toBe(3);
    const rows = await auditRows();
    expect(rows.find((r) => r.agreement_id === `${run}-agr` && r.trigger === 'AgreementActivated')?.acls_granted).toHaveLength(rulesOfEvents.length);
    expect(rows.at(-1)).toMatchObject({ trigger: 'AgreementTerminated', outcome: 'applied', acls_granted: [] });
    expect(rows.at(-1)?.acls_revoked).toHaveLength(rulesOfEvents.length);
  }, 120_000);

  it('at validUntil, without any event, the rules go and the partner read fails', async () => {
    const validUntil = Date.now() + 20_000;
    await publishAgreementEvents('incheon', prefix, new AgreementStream(`${run}-short`, Date.now).inForce('barcelona', [topicCatalog.safetyEventsAnonymised.name], 'city', validUntil));
    await waitFor(async () => (await partnerRules()).length === rulesOfEvents.length, { timeoutMs: 15_000, description: 'the short agreement in force' });
    expect(await partnerReads(anonymised, 6)).toEqual({ records: 6 });
    await waitFor(async () => (await partnerRules()).length === 0, { timeoutMs: 40_000, description: 'the rules gone at validUntil' });
    expect(Date.now()).toBeGreaterThanOrEqual(validUntil);
    expect(await partnerReads(anonymised)).toEqual({ refused: 'TOPIC_AUTHORIZATION_FAILED' });
    await waitFor(async () => (await node?.status())?.mirrorMaker.status === 'stopped', { timeoutMs: 30_000, description: 'MirrorMaker 2 stopped' });
    const count = await recordCount(barcelonaKafka, remote);
    await produce(3, 200);
    expect(await expectUnchangedFor(quietWindowMs, () => recordCount(barcelonaKafka, remote))).toBe(count);
    expect((await auditRows()).at(-1)).toMatchObject({ trigger: 'validUntil', agreement_id: `${run}-short`, outcome: 'applied' });
    expect((await node?.status())?.agreements.find((a) => a.agreementId === `${run}-short`)).toMatchObject({ status: 'active', inForce: false });
  }, 150_000);
});
