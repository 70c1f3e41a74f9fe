import { randomBytes, randomUUID } from 'node:crypto';
import { alertCategorySymbols } from '@usm/contracts';
import type { RawSafetyEvent, Reporter } from '@usm/privacy';
import { anonymiseEvent, loadPrivacyPolicy } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents } from '@usm/privacy/testing';
import { waitFor } from '@usm/testing';
import { ConsentProcess } from './spec-support/consent-process';
import { PrivacyProcess } from './spec-support/privacy-process';
import { PrivacyTopics } from './spec-support/privacy-topics';
import { readTopic } from './spec-support/read-topic';
import { freePort, serviceEnv, shippedPolicyFile } from './spec-support/service-env';

const reporterA: Reporter = { name: 'Reporter Alpha', phone: '010-2222-3333', email: null };
const reporterB: Reporter = { name: 'Reporter Beta', phone: '010-4444-5555', email: null };
const gatedPurposes = ['aiTraining', 'crossBorderSharing'] as const;
const scope = { sourceKinds: ['citizenReport'], categories: alertCategorySymbols };
const templates = generateRawEvents(2026_11_21, 400, generateIdentifierCorpus(2026_11_21, 25)).filter((event) => event.source.kind === 'citizenReport');

/** Fresh consent-basis citizen reports from one reporter (new ids, so each batch is told apart on the topic). */
function reportsBy(reporter: Reporter, count: number): RawSafetyEvent[] {
  return templates.slice(0, count).map((template) => ({ ...template, eventId: randomUUID(), reporter, source: { ...template.source, legalBasis: 'consent' } }));
}

describe('privacy service with PRIVACY_LEGAL_BASIS_GATE=ledger: the consent ledger decides per reporter', () => {
  const topics = new PrivacyTopics();
  const secret = randomBytes(32).toString('base64url');
  let consent: ConsentProcess;
  let privacy: PrivacyProcess;
  let metricsUrl: string;
  let subjectA: string;

  const keptLocal = async (): Promise<number> => {
    const text = await (await fetch(metricsUrl)).text();
    const line = text.split('\n').find((l) => l.startsWith('privacy_events_kept_local_total{') && l.includes('basis="consent"'));
    return line === undefined ? 0 : Number(line.split(' ').pop());
  };
  const anonymisedIds = async () => new Set((await readTopic(topics.kafka, topics.anonymised)).map((record) => record.message.key?.toString('utf8')));
  const ledgerAnswers = (expected: boolean) => async () =>
    (await Promise.all(gatedPurposes.map((purpose) => consent.allows(subjectA, purpose, 'citizenReport')))).every((allowed) => allowed === expected);

  beforeAll(async () => {
    expect(templates.length).toBeGreaterThanOrEqual(3);
    const loaded = await loadPrivacyPolicy(shippedPolicyFile, { USM_PRIVACY_HMAC_SECRET: secret });
    const pseudonym = anonymiseEvent(reportsBy(reporterA, 1)[0] as RawSafetyEvent, loaded.policy, loaded.pseudonymise).reporterPseudonym;
    if (pseudonym === null) throw new Error('the shipped policy must pseudonymise the reporter');
    subjectA = pseudonym;
    await topics.open();
    consent = new ConsentProcess(await freePort());
    await consent.start();
    const port = await freePort();
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
    privacy = new PrivacyProcess(serviceEnv(topics, secret, port, { PRIVACY_LEGAL_BASIS_GATE: 'ledger', CONSENT_SERVICE_URL: consent.base }));
    await privacy.start();
  }, 180_000);

  afterAll(async () => {
    await privacy?.stop();
    await consent?.stop();
    await topics.close();
  }, 60_000);

  it("shares A's reports while A's consents are in force, keeps B's local, and keeps A's local once revoked", async () => {
    for (const purpose of gatedPurposes) await consent.command(subjectA, purpose, 'grant', { scope, noticeVersion: 'notice-it-1' });
    await waitFor(ledgerAnswers(true), { timeoutMs: 60_000, description: "the ledger to project A's consents" });

    const sharedA = reportsBy(reporterA, 3);
    await topics.produceRaw([...sharedA, ...reportsBy(reporterB, 3)]);
    await waitFor(() => topics.caughtUp(privacy.env.PRIVACY_GROUP_ID as string), { timeoutMs: 60_000, description: 'the first batch to be committed' });
    await waitFor(async () => (await keptLocal()) === 3, { timeoutMs: 10_000, description: "B's three reports counted as kept local" });
    expect(await anonymisedIds()).toEqual(new Set(sharedA.map((event) => event.eventId)));

    await consent.command(subjectA, 'aiTraining', 'revoke');
    await waitFor(async () => !(await consent.allows(subjectA, 'aiTraining', 'citizenReport')), { timeoutMs: 60_000, description: "the ledger to project A's revocation" });
    await topics.produceRaw(reportsBy(reporterA, 2));
    await waitFor(() => topics.caughtUp(privacy.env.PRIVACY_GROUP_ID as string), { timeoutMs: 60_000, description: 'the second batch to be committed' });
    await waitFor(async () => (await keptLocal()) === 5, { timeoutMs: 10_000, description: "A's reports after revocation counted as kept local" });
    expect(await anonymisedIds()).toEqual(new Set(sharedA.map((event) => event.eventId)));
    expect(privacy.log.join('\n')).not.toContain('PRIVACY.LEDGER_');
  }, 180_000);
});
