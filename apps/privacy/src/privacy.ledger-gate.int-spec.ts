import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alertCategorySymbols } from '@usm/contracts';
import type { LegalBasis, RawSafetyEvent, Reporter, SourceKind } from '@usm/privacy';
import { anonymiseEvent, loadPrivacyPolicy } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents } from '@usm/privacy/testing';
import { waitFor } from '@usm/testing';
import { ConsentProcess } from './spec-support/consent-process';
import { PrivacyProcess } from './spec-support/privacy-process';
import { PrivacyTopics } from './spec-support/privacy-topics';
import { readTopic } from './spec-support/read-topic';
import { freePort, serviceEnv, shippedPolicyFile } from './spec-support/service-env';

const gatedPurposes = ['aiTraining', 'crossBorderSharing'] as const;
const scope = { sourceKinds: ['citizenReport'], categories: alertCategorySymbols };
const reporter = (label: string, phone: string): Reporter => ({ name: `Reporter ${label}`, phone, email: null });
const reporters = { a: reporter('Alpha', '010-2222-3333'), b: reporter('Beta', '010-4444-5555'), c: reporter('Gamma', '010-6666-7777'), d: reporter('Delta', '010-8888-9999') };
const templates = generateRawEvents(2026_11_21, 400, generateIdentifierCorpus(2026_11_21, 25)).filter((event) => event.source.kind === 'citizenReport');

/** The city's registry for this spec: a citizen app that may claim consent, a camera that may not. */
const registryYaml = (city: string) => `city: ${city}
systems:
  it-citizen-app: { kind: citizenReport, legalBases: [consent, pseudonymisedResearch] }
  it-camera: { kind: cctvAnalytics, legalBases: [publicTask] }
`;

interface Source {
  readonly systemId: string;
  readonly kind: SourceKind;
  readonly legalBasis: LegalBasis;
}
const citizenApp: Source = { systemId: 'it-citizen-app', kind: 'citizenReport', legalBasis: 'consent' };

describe('privacy service with PRIVACY_LEGAL_BASIS_GATE=ledger: consent is verified with the ledger, never believed', () => {
  const topics = new PrivacyTopics();
  const secret = randomBytes(32).toString('base64url');
  let consent: ConsentProcess;
  let privacy: PrivacyProcess;
  let metricsUrl: string;
  let pseudonymOf: (who: Reporter) => string;

  /** Fresh reports (new ids) from one reporter, from this node's city, claiming a basis through a source system. */
  const reportsBy = (who: Reporter, count: number, source: Source = citizenApp): RawSafetyEvent[] =>
    templates.slice(0, count).map((template) => ({ ...template, eventId: randomUUID(), city: topics.city.city, reporter: who, source }));
  const keptLocal = async (reason: string): Promise<number> => {
    const lines = (await (await fetch(metricsUrl)).text()).split('\n').filter((l) => l.startsWith('usm_privacy_events_kept_local_total{') && l.includes(`reason="${reason}"`));
    return lines.reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
  };
  const anonymisedIds = async () => new Set((await readTopic(topics.kafka, topics.anonymised)).map((record) => record.message.key?.toString('utf8')));
  const ledgerAllows = async (who: Reporter) => (await Promise.all(gatedPurposes.map((purpose) => consent.allows(pseudonymOf(who), purpose, 'citizenReport')))).every(Boolean);
  const grantAll = async (who: Reporter) => {
    for (const purpose of gatedPurposes) await consent.command(pseudonymOf(who), purpose, 'grant', { scope, noticeVersion: 'notice-it-1' });
  };
  /** Produces the events and waits until the service committed them and counted `localReason` as expected. */
  const releaseAll = async (events: readonly RawSafetyEvent[], localReason: string, keptLocalExpected: number) => {
    const before = await keptLocal(localReason);
    await topics.produceRaw(events);
    await waitFor(() => topics.caughtUp(privacy.env.PRIVACY_GROUP_ID as string), { timeoutMs: 60_000, description: 'the batch to be committed' });
    await waitFor(async () => (await keptLocal(localReason)) === before + keptLocalExpected, { timeoutMs: 10_000, description: `${keptLocalExpected} kept local (${localReason})` });
  };

  beforeAll(async () => {
    expect(templates.length).toBeGreaterThanOrEqual(3);
    const loaded = await loadPrivacyPolicy(shippedPolicyFile, { USM_PRIVACY_HMAC_SECRET: secret });
    pseudonymOf = (who) => {
      const pseudonym = anonymiseEvent({ ...(templates[0] as RawSafetyEvent), reporter: who }, { ...loaded, city: (templates[0] as RawSafetyEvent).city, now: (templates[0] as RawSafetyEvent).reportedAt }).reporterPseudonym;
      if (pseudonym === null) throw new Error('the shipped policy must pseudonymise the reporter');
      return pseudonym;
    };
    await topics.open();
    const registryFile = join(mkdtempSync(join(tmpdir(), 'it-source-systems-')), 'source-systems.yaml');
    writeFileSync(registryFile, registryYaml(topics.city.city));
    consent = new ConsentProcess(await freePort());
    await consent.start();
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    const ledgerEnv = { PRIVACY_LEGAL_BASIS_GATE: 'ledger', CONSENT_SERVICE_URL: consent.base, PRIVACY_SOURCE_SYSTEMS_FILE: registryFile };
    privacy = new PrivacyProcess(serviceEnv(topics, secret, port, ledgerEnv));
    await privacy.start();
  }, 180_000);

  afterAll(async () => {
    await privacy?.stop();
    await consent?.stop();
    await topics.close();
  }, 60_000);

  it('keeps an event claiming consent local when the ledger holds no grant for its reporter: nothing shared, counted', async () => {
    const claims = reportsBy(reporters.c, 3);
    await releaseAll(claims, 'gate-refused', 3);
    const shared = await anonymisedIds();
    expect(claims.filter((event) => shared.has(event.eventId))).toEqual([]);
  }, 120_000);

  it('keeps claims its registry does not back local, without asking: an unregistered system, a camera claiming consent', async () => {
    await grantAll(reporters.c);
    await waitFor(() => ledgerAllows(reporters.c), { timeoutMs: 10_000, description: 'the ledger to answer from the event store' });
    const unregistered = reportsBy(reporters.c, 2, { ...citizenApp, systemId: 'rogue-app-9' });
    const camera = reportsBy(reporters.c, 2, { systemId: 'it-camera', kind: 'cctvAnalytics', legalBasis: 'consent' });
    await releaseAll(unregistered, 'unregistered-system', 2);
    await releaseAll(camera, 'basis-not-allowed-for-system', 2);
    const shared = await anonymisedIds();
    expect([...unregistered, ...camera].filter((event) => shared.has(event.eventId))).toEqual([]);
  }, 120_000);

  it("shares A's reports while A's consents are in force, keeps B's local, and keeps A's local once revoked", async () => {
    await grantAll(reporters.a);
    const sharedA = reportsBy(reporters.a, 3);
    await releaseAll([...sharedA, ...reportsBy(reporters.b, 3)], 'gate-refused', 3);
    const shared = await anonymisedIds();
    expect(sharedA.filter((event) => !shared.has(event.eventId))).toEqual([]);

    await consent.command(pseudonymOf(reporters.a), 'aiTraining', 'revoke');
    const afterRevocation = reportsBy(reporters.a, 2);
    await releaseAll(afterRevocation, 'gate-refused', 2);
    const sharedLater = await anonymisedIds();
    expect(afterRevocation.filter((event) => sharedLater.has(event.eventId))).toEqual([]);
    expect(privacy.log.join('\n')).not.toContain('PRIVACY.LEDGER_');
  }, 180_000);

  it('keeps the next event of a revoked subject local while the ledger projection is stalled, and the answer stays revoked once it catches up', async () => {
    await grantAll(reporters.d);
    await waitFor(async () => (await consent.projectedStatus(pseudonymOf(reporters.d), 'aiTraining')) === 'granted', { timeoutMs: 60_000, description: "the projection to show D's grant" });
    const beforeRevocation = reportsBy(reporters.d, 2);
    await releaseAll(beforeRevocation, 'gate-refused', 0);
    const shared = await anonymisedIds();
    expect(beforeRevocation.filter((event) => !shared.has(event.eventId))).toEqual([]);

    await consent.stallRelay();
    await consent.command(pseudonymOf(reporters.d), 'crossBorderSharing', 'revoke');
    // The stall is real: the read model still shows the grant, while the gate answers from the event store.
    expect(await consent.projectedStatus(pseudonymOf(reporters.d), 'crossBorderSharing')).toBe('granted');
    expect(await consent.allows(pseudonymOf(reporters.d), 'crossBorderSharing', 'citizenReport')).toBe(false);
    const health = await consent.health();
    expect(health.status).toBe(503);
    expect(health.body.details?.['outboxRelay']).toMatchObject({ status: 'down', relayStatus: 'stopped', problem: 'relay-stopped', backlogRows: 1 });

    const duringStall = reportsBy(reporters.d, 2);
    await releaseAll(duringStall, 'gate-refused', 2);
    const sharedDuringStall = await anonymisedIds();
    expect(duringStall.filter((event) => sharedDuringStall.has(event.eventId))).toEqual([]);

    await consent.resumeRelay();
    await waitFor(async () => (await consent.projectedStatus(pseudonymOf(reporters.d), 'crossBorderSharing')) === 'revoked', { timeoutMs: 60_000, description: 'the projection to catch up with the revocation' });
    expect(await consent.allows(pseudonymOf(reporters.d), 'crossBorderSharing', 'citizenReport')).toBe(false);
    await waitFor(async () => (await consent.health()).status === 200, { timeoutMs: 30_000, description: 'the ledger to be ready again' });
    const afterCatchUp = reportsBy(reporters.d, 1);
    await releaseAll(afterCatchUp, 'gate-refused', 1);
    expect((await anonymisedIds()).has(afterCatchUp[0]?.eventId)).toBe(false);
  }, 240_000);
});
