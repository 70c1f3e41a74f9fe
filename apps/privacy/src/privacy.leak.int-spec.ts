import { randomBytes } from 'node:crypto';
import type { AnonymisedSafetyEvent, RawSafetyEvent } from '@usm/privacy';
import { PrivacyHeader, anonymiseEvent, askLegalBasisGate, decideRelease, createLeakGuard, defaultSourceSystemsPath, loadPrivacyPolicy, loadSourceSystems, policyLegalBasisGate } from '@usm/privacy';
import type { LoadedPrivacyPolicy, SourceSystemRegistry } from '@usm/privacy';
import { generateIdentifierCorpus, generateRawEvents } from '@usm/privacy/testing';
import { DeadLetterHeader } from '@usm/messaging';
import { waitFor } from '@usm/testing';
import { PrivacyProcess } from './spec-support/privacy-process';
import { PrivacyTopics } from './spec-support/privacy-topics';
import { bytesOf, readTopic } from './spec-support/read-topic';
import { freePort, serviceEnv, shippedPolicyFile } from './spec-support/service-env';

const seed = 2026_11_21;
const corpus = generateIdentifierCorpus(seed, 60);
// The generator spreads events over six cities; a node takes only its own (the others are dead-lettered,
// nodeCity), so every event is addressed to this node. Other cities' source systems stay unregistered here.
const nodeCity = 'incheon';
const events = generateRawEvents(seed, 2_000, corpus).map((raw) => ({ ...raw, city: nodeCity }));
// Geo corpus entries are decimal pairs the generator does not put in events; exact coordinates are checked on their own.
const requiredKinds = ['rrn', 'phone', 'email', 'plate', 'ip', 'mac', 'card', 'url', 'name', 'device-id'];
const outOfRange: RawSafetyEvent = { ...(events[0] as RawSafetyEvent), eventId: '0b3f7f1e-1d7e-4c53-9b7e-5d1c0a9e0001', location: { latitude: 91, longitude: 126.7 } };

async function expectedRelease(loaded: LoadedPrivacyPolicy, systems: SourceSystemRegistry, raw: RawSafetyEvent): Promise<'emit' | 'keep-local'> {
  const event = anonymiseEvent(raw, { ...loaded, city: raw.city, now: raw.reportedAt });
  const gate = policyLegalBasisGate(loaded.policy);
  const context = { city: raw.city, eventId: raw.eventId, sourceKind: raw.source.kind, reporterPseudonym: event.reporterPseudonym };
  return decideRelease(raw, await askLegalBasisGate(gate, raw, context), systems);
}

describe('privacy service: nothing identifying reaches the anonymised topic', () => {
  const topics = new PrivacyTopics(nodeCity);
  const secret = randomBytes(32).toString('base64url');
  let service: PrivacyProcess;
  let port: number;

  beforeAll(async () => {
    await topics.open();
    port = await freePort();
    service = new PrivacyProcess(serviceEnv(topics, secret, port));
    await service.start();
  }, 90_000);

  afterAll(async () => {
    await service?.stop();
    await topics.close();
  }, 60_000);

  it('anonymises a seeded corpus of over 500 identifiers, exactly once, with provenance, and dead-letters what it cannot take', async () => {
    const loaded = await loadPrivacyPolicy(shippedPolicyFile, { USM_PRIVACY_HMAC_SECRET: secret });
    const systems = await loadSourceSystems(defaultSourceSystemsPath(topics.city.city), topics.city.city);
    const decisions = await Promise.all(events.map((raw) => expectedRelease(loaded, systems, raw)));
    const emitted = events.filter((_, index) => decisions[index] === 'emit').map((raw) => raw.eventId);

    await topics.produceBytes('poison-1', Buffer.from('{"eventId":"not avro"}'));
    for (let start = 0; start < events.length; start += 250) await topics.produceRaw(events.slice(start, start + 250));
    await topics.produceRaw([outOfRange]);
    await waitFor(() => topics.caughtUp(serviceGroup(service)), { timeoutMs: 120_000, description: 'the service to commit the whole raw topic' });

    const [raw, anonymised, deadLetters] = await Promise.all([readTopic(topics.kafka, topics.raw), readTopic(topics.kafka, topics.anonymised), readTopic(topics.kafka, topics.deadLetters)]);
    const guard = createLeakGuard(corpus.map((c) => c.value));
    const pushed = new Set(raw.flatMap((record) => guard.scan(bytesOf(record)).map((hit) => hit.identifierIndex)));
    expect(pushed.size).toBeGreaterThanOrEqual(500);
    const pushedCorpus = corpus.filter((_, index) => pushed.has(index));
    const regionsOf = (kind: string) => [...new Set(pushedCorpus.filter((c) => c.kind === kind).map((c) => c.region))];
    expect([...new Set(pushedCorpus.map((c) => c.kind))]).toEqual(expect.arrayContaining(requiredKinds));
    expect(regionsOf('phone')).toEqual(expect.arrayContaining(['kr', 'es', 'de', 'jp', 'tw', 'intl']));
    expect(regionsOf('plate')).toEqual(expect.arrayContaining(['kr', 'es', 'de']));

    const leaks = anonymised.flatMap((record) => guard.scan(bytesOf(record)).map((hit) => describeLeak(hit.identifierIndex, corpus)));
    expect(leaks).toEqual([]);
    const coordinates = new Set(events.flatMap((e) => [String(e.location.latitude), String(e.location.longitude)]));
    const decimals = anonymised.flatMap((record) => bytesOf(record).toString('latin1').match(/-?\d+\.\d+/g) ?? []);
    expect(decimals.filter((decimal) => coordinates.has(decimal))).toEqual([]);
    expect(guard.scan(service.log.join('\n')).map((hit) => describeLeak(hit.identifierIndex, corpus))).toEqual([]);

    const keys = anonymised.map((record) => record.message.key?.toString('utf8'));
    expect(keys.length).toBe(emitted.length);
    expect(new Set(keys)).toEqual(new Set(emitted));
    for (const record of anonymised) {
      const { value } = await topics.codec.decode<AnonymisedSafetyEvent>(record.message.value);
      expect(value.privacy).toEqual({ policyVersion: loaded.policy.version, keyId: loaded.policy.pseudonymisation.keyId });
      expect(record.message.headers?.[PrivacyHeader.PolicyVersion]?.toString()).toBe(loaded.policy.version);
      expect(record.message.headers?.[PrivacyHeader.KeyId]?.toString()).toBe(loaded.policy.pseudonymisation.keyId);
    }

    expect(deadLetters.map((r) => [r.message.key?.toString(), r.message.headers?.[DeadLetterHeader.Code]?.toString()])).toEqual([
      ['poison-1', 'MESSAGING.WRONG_MAGIC_BYTE'],
      [outOfRange.eventId, 'PRIVACY.INVALID_EVENT'],
    ]);
    expect(deadLetters.every((r) => (r.message.headers?.[DeadLetterHeader.Reason]?.length ?? 0) > 0)).toBe(true);

    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const keptLocal = decisions.filter((d) => d === 'keep-local').length;
    expect(sumOf(metrics, 'usm_privacy_events_kept_local_total')).toBe(keptLocal);
    expect(sumOf(metrics, 'usm_messaging_consumed_records_total', 'outcome="processed"')).toBe(emitted.length);
    expect(sumOf(metrics, 'usm_messaging_dead_letters_total')).toBe(2);
    expect(metrics).toMatch(/usm_messaging_consumer_lag_records\{/);
    // The anonymiser and the egress guard share the detectors: on this corpus the guard has nothing left to stop.
    expect(sumOf(metrics, 'usm_privacy_quarantined_total')).toBe(0);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    // Only the probes and metrics answer without a token.
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(401);
  }, 240_000);
});

function serviceGroup(service: PrivacyProcess): string {
  return service.env.PRIVACY_GROUP_ID as string;
}

/** Kind and format of a leaked corpus identifier (never its value, though it is synthetic), or `coordinate`. */
function describeLeak(index: number, corpus: ReturnType<typeof generateIdentifierCorpus>): string {
  const identifier = corpus[index];
  return identifier ? `${identifier.kind}/${identifier.format}` : 'coordinate';
}

/** Sum of the samples of a Prometheus metric whose labels contain `labelFilter`. */
function sumOf(exposition: string, metric: string, labelFilter = ''): number {
  return exposition
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .filter((line) => line.includes(labelFilter))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}
