import { topicCatalog } from '@usm/contracts';
import { createKafka } from '@usm/messaging';
import { authHeaderFor, cityStack, kafkaConnectionOf, uniqueName, waitFor } from '@usm/testing';
import { FakeReleaseSupersession } from './testing/fake-release-supersession';
import type { RunningService } from './spec-support/city-services';
import { startConsent, startFederation, stopService } from './spec-support/city-services';
import { agreementInForce, grantConsent, revokeConsent } from './spec-support/ledger-calls';
import { anonymisedEvents, publishAnonymised } from './spec-support/anonymised-events';
import { TopicRecords, topicExists } from './spec-support/topic-records';
import type { WithdrawalNode } from './spec-support/withdrawal-node';
import { startWithdrawalNode } from './spec-support/withdrawal-node';
import { revokePartnerRules } from './spec-support/partner-rules';

/*
 * The notice path on the real two-city stack: Incheon's consent service, Incheon's federation service running
 * MirrorMaker 2 under a real agreement, and the withdrawal module of each city as the datasets principal. The
 * releases and the subject index are ds-service's; here they are in-memory doubles of its ports, so this spec
 * proves what withdrawal itself owns: ledger → notice → replication → partner → store, and the timings.
 */
const run = uniqueName('dsw');
const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const subject = `hmac-sha256:k1:${run.replace(/[^a-z0-9]/gi, '')}`;
/** The bound: 60 s from the revocation in the source city, 60 s from the notice's arrival in a partner. */
const deadlineMs = 60_000;
const retractions = topicCatalog.safetyEventsRetractions.name;
const remoteRetractions = `incheon.${retractions}`;
const events = anonymisedEvents('incheon', [subject, subject, subject, 'psn-a', 'psn-b', 'psn-c', 'psn-d', 'psn-e'], Date.parse('2026-11-02T09:00:00Z'));
const ids = events.map((e) => e.eventId);
const subjectIds = ids.slice(0, 3);
const incheonReleases = new FakeReleaseSupersession({ 'inc-r1': ids, 'inc-r2': ids.slice(3) });
const barcelonaReleases = new FakeReleaseSupersession({ 'bcn-r1': [ids[0] as string, ...ids.slice(4)], 'bcn-r2': ids.slice(3) });
const incheonRecords = new TopicRecords(createKafka(kafkaConnectionOf(incheon, 'admin', 'ds-withdrawal-spec')));
const barcelonaRecords = new TopicRecords(createKafka(kafkaConnectionOf(barcelona, 'admin', 'ds-withdrawal-spec')));
let consent: RunningService | undefined;
let federation: RunningService | undefined;
let nodes: WithdrawalNode[] = [];

beforeAll(async () => {
  consent = await startConsent(incheon, `${run}_consent`.replace(/-/g, '_'));
  federation = await startFederation(incheon, [barcelona], `${run}_federation`.replace(/-/g, '_'));
  nodes = [
    await startWithdrawalNode(incheon, [barcelona], { run, releases: incheonReleases, subjects: { eventIdsOfSubject: (s) => Promise.resolve(s === subject ? subjectIds : []) } }),
    await startWithdrawalNode(barcelona, [incheon], { run, releases: barcelonaReleases, subjects: { eventIdsOfSubject: () => Promise.resolve([]) } }),
  ];
  await publishAnonymised(incheon, events);
  await agreementInForce(consent.base, incheon, barcelona, [topicCatalog.safetyEventsAnonymised.name]);
  const operator = await authHeaderFor(incheon, 'operator');
  await waitFor(async () => {
    const status = (await (await fetch(`${federation?.base}/federation/status`, { headers: operator })).json()) as { flows: { topics: { topic: string }[] }[]; mirrorMaker: { status: string } };
    return status.mirrorMaker.status === 'running' && status.flows.some((f) => f.topics.some((t) => t.topic === retractions));
  }, { timeoutMs: 90_000, intervalMs: 1_000, description: 'the flow to barcelona carrying the retraction notices' });
  await grantConsent(consent.base, incheon, subject, 'aiTraining');
  await incheonRecords.follow([retractions]);
}, 300_000);

afterAll(async () => {
  await incheonRecords.stop();
  await barcelonaRecords.stop();
  for (const node of nodes) await node.close();
  await stopService(incheon, federation);
  await stopService(incheon, consent);
  await revokePartnerRules(incheon, `partner-${barcelona.city}`);
}, 120_000);

describe('a revoked consent in Incheon, through retraction notices, on the real two-city stack', () => {
  it('withdraws Incheon\u2019s release holding the subject\u2019s events, then Barcelona\u2019s once the notice arrives, each within 60 s', async () => {
    const revokedAt = Date.now();
    await revokeConsent(consent?.base ?? '', incheon, subject, 'aiTraining');
    await waitFor(() => incheonReleases.withdrawn.has('inc-r1'), { timeoutMs: deadlineMs, intervalMs: 200, description: 'Incheon\u2019s release withdrawn' });
    const incheonSeconds = ((incheonReleases.withdrawn.get('inc-r1')?.at ?? 0) - revokedAt) / 1000;
    await waitFor(() => topicExists(barcelona, remoteRetractions), { timeoutMs: 90_000, intervalMs: 500, description: `${remoteRetractions} on Barcelona` });
    await barcelonaRecords.follow([remoteRetractions]);
    await waitFor(() => barcelonaRecords.from(remoteRetractions).length > 0, { timeoutMs: 90_000, intervalMs: 200, description: 'the notice replicated to Barcelona' });
    const arrivedAt = barcelonaRecords.from(remoteRetractions)[0]?.seenAt ?? 0;
    await waitFor(() => barcelonaReleases.withdrawn.has('bcn-r1'), { timeoutMs: deadlineMs, intervalMs: 200, description: 'Barcelona\u2019s release withdrawn' });
    const barcelonaSeconds = ((barcelonaReleases.withdrawn.get('bcn-r1')?.at ?? 0) - arrivedAt) / 1000;
    process.stdout.write(`measured: Incheon withdrawal ${incheonSeconds.toFixed(2)} s after the revocation; Barcelona withdrawal ${barcelonaSeconds.toFixed(2)} s after the notice arrived (${(((barcelonaReleases.withdrawn.get('bcn-r1')?.at ?? 0) - revokedAt) / 1000).toFixed(2)} s after the revocation)\n`);

    expect(incheonSeconds * 1000).toBeLessThan(deadlineMs);
    expect(barcelonaSeconds * 1000).toBeLessThan(deadlineMs);
    expect(incheonReleases.withdrawn.get('inc-r1')).toMatchObject({ reason: 'consentRevoked' });
    expect([...incheonReleases.withdrawn.keys()]).toEqual(['inc-r1']);
    expect([...barcelonaReleases.withdrawn.keys()]).toEqual(['bcn-r1']);
    for (const releases of [incheonReleases, barcelonaReleases]) {
      for (const held of releases.published.values()) expect(subjectIds.filter((id) => held.has(id))).toEqual([]);
    }
  }, 240_000);

  it('publishes one notice naming the events only: no byte of the subject\u2019s pseudonym on either city\u2019s retraction topic', async () => {
    await waitFor(() => incheonRecords.from(retractions).length > 0, { timeoutMs: 30_000, description: 'the notice on Incheon' });
    const notices = incheonRecords.from(retractions).filter((r) => subjectIds.every((id) => r.value.includes(Buffer.from(id))));
    expect(notices).toHaveLength(1);
    expect(incheonRecords.holding(subject)).toEqual([]);
    expect(barcelonaRecords.holding(subject)).toEqual([]);
    expect(barcelonaRecords.from(remoteRetractions).map((r) => r.key)).toContain(notices[0]?.key);
  }, 60_000);

  it('records the retracted events in both cities, so later builds exclude them, and exports the withdrawal times', async () => {
    for (const node of nodes) expect(await node.store.retractedAmong(ids)).toEqual(new Set(subjectIds));
    expect(await nodes[0]?.metrics()).toMatch(/usm_datasets_withdrawal_seconds_count\{[^}]*origin="own",since="consentEnded"[^}]*\} 1/);
    // Barcelona's group reads every notice ever replicated (earlier runs' too); one of them withdrew a release.
    // The withdrawal is recorded (and measured) just after the release service answered.
    const partnerSeconds = /usm_datasets_withdrawal_seconds_count\{[^}]*origin="partner",since="noticeArrived"[^}]*\} 1/;
    await waitFor(async () => partnerSeconds.test((await nodes[1]?.metrics()) ?? ''), { timeoutMs: 10_000, description: 'Barcelona\u2019s withdrawal time exported' });
    expect(await nodes[1]?.metrics()).toMatch(/usm_datasets_retraction_notices_total\{[^}]*origin="partner",outcome="recorded"[^}]*\} [1-9]/);
  }, 30_000);
});
