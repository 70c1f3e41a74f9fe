import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subjectOf } from '@usm/contracts';
import { DeadLetterHeader } from '@usm/messaging';
import type { AnonymisedSafetyEvent } from '@usm/privacy';
import { QuarantineHeader } from '@usm/privacy';
import { waitFor } from '@usm/testing';
import { anonymisedEventOfAnotherProducer, publishableRawEvent } from './spec-support/fail-closed-events';
import { metricSum } from './spec-support/metrics-text';
import { PrivacyProcess } from './spec-support/privacy-process';
import { PrivacyTopics } from './spec-support/privacy-topics';
import { bytesOf, readTopic } from './spec-support/read-topic';
import { freePort, serviceEnv, shippedPolicyFile } from './spec-support/service-env';

// The shipped policy plus one attribute its author declared too loosely: a CCTV `cameraZone` code whose
// pattern lets any letters through. The anonymiser keeps what the pattern allows; only the guard can tell
// that the kept value is the reporter's name.
function policyWithLooseCode(): string {
  const shipped = readFileSync(shippedPolicyFile, 'utf8');
  // A replacer function: in a replacement string `$'` would mean the text after the match.
  const loose = shipped.replace(/^ {2}cctvAnalytics:\n/m, () => "  cctvAnalytics:\n    cameraZone: { type: code, pattern: '^[\\p{L} ]{1,32}$', maxLength: 32 }\n");
  if (loose === shipped) throw new Error('the shipped policy has no cctvAnalytics attributes to extend');
  const file = join(mkdtempSync(join(tmpdir(), 'privacy-policy-')), 'loose-code.yaml');
  writeFileSync(file, loose);
  return file;
}

describe('privacy service: fails closed on records it must not publish', () => {
  const topics = new PrivacyTopics();
  const secret = randomBytes(32).toString('base64url');
  let service: PrivacyProcess;
  let port: number;
  const get = (path: string): Promise<Response> => fetch(`http://127.0.0.1:${port}${path}`);
  const groupOf = (): string => service.env.PRIVACY_GROUP_ID as string;

  beforeAll(async () => {
    await topics.open();
    port = await freePort();
    service = new PrivacyProcess(serviceEnv(topics, secret, port, { PRIVACY_POLICY_FILE: policyWithLooseCode() }));
    await service.start();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
    await topics.close();
  }, 60_000);

  it('dead-letters a record of another contract and goes on with the next record of the partition, without a retry loop', async () => {
    const wrong = await topics.codec.encode(subjectOf(topics.anonymised), anonymisedEventOfAnotherProducer());
    const wrongSchemaId = wrong.readInt32BE(1);
    const good = publishableRawEvent();
    await topics.produceBytes('wrong-contract-1', wrong, 0);
    await topics.produceRaw([good], 0);
    await waitFor(() => topics.caughtUp(groupOf()), { timeoutMs: 60_000, description: 'the service to commit past both records' });

    const [anonymised, deadLetters] = await Promise.all([readTopic(topics.kafka, topics.anonymised), readTopic(topics.kafka, topics.deadLetters)]);
    expect(anonymised.map((r) => r.message.key?.toString())).toEqual([good.eventId]);
    const { value } = await topics.codec.decode<AnonymisedSafetyEvent>(anonymised[0]?.message.value);
    expect(value).toMatchObject({ eventId: good.eventId, subCategory: 'trafficJam', h3Resolution: 8 });
    expect(value).not.toHaveProperty('location');

    expect(deadLetters.map((r) => [r.message.key?.toString(), r.message.headers?.[DeadLetterHeader.Code]?.toString(), r.message.headers?.[DeadLetterHeader.SchemaId]?.toString()])).toEqual([
      ['wrong-contract-1', 'MESSAGING.SCHEMA_MISMATCH', String(wrongSchemaId)],
    ]);
    const metrics = await (await get('/metrics')).text();
    expect(metricSum(metrics, 'usm_messaging_transactions_total', 'result="aborted"')).toBe(0);
    expect(metricSum(metrics, 'usm_messaging_dead_letters_total', 'code="MESSAGING.SCHEMA_MISMATCH"')).toBe(1);
    expect((await get('/health/ready')).status).toBe(200);
    expect((await get('/health/live')).status).toBe(200);
  }, 120_000);

  it("quarantines an event whose output still holds the reporter's name, with the kind in headers and nothing on the anonymised topic", async () => {
    const before = await readTopic(topics.kafka, topics.anonymised);
    // The loose code pattern keeps the name as the attribute's value; the guard searches every string of the output.
    const leaky = publishableRawEvent({ reporter: { name: 'Marc García Puig', phone: null, email: null }, attributes: { cameraZone: 'Marc García Puig' } });
    await topics.produceRaw([leaky], 1);
    await waitFor(() => topics.caughtUp(groupOf()), { timeoutMs: 60_000, description: 'the service to commit the leaky record' });

    const [anonymised, quarantined] = await Promise.all([readTopic(topics.kafka, topics.anonymised), readTopic(topics.kafka, topics.quarantine)]);
    expect(anonymised.length).toBe(before.length);
    expect(anonymised.some((r) => bytesOf(r).includes('Marc García Puig'))).toBe(false);
    expect(quarantined.map((r) => r.message.key?.toString())).toEqual([leaky.eventId]);
    const headers = quarantined[0]?.message.headers ?? {};
    expect(headers[QuarantineHeader.Kinds]?.toString()).toBe('name');
    expect(headers[QuarantineHeader.Fields]?.toString()).toBe('attributes');
    expect(Object.values(headers).some((v) => String(v).includes('García'))).toBe(false);

    const metrics = await (await get('/metrics')).text();
    expect(metricSum(metrics, 'usm_privacy_quarantined_total', 'kind="name"')).toBe(1);
    expect(metricSum(metrics, 'usm_messaging_transactions_total', 'result="aborted"')).toBe(0);
  }, 120_000);
});
