import { ValidationError } from '@usm/errors';
import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasis } from '../domain/contract/safety-event-enums';
import { policyLegalBasisGate } from '../domain/release/policy-legal-basis-gate';
import type { SourceSystemRegistry } from '../domain/release/source-system-registry';
import { generateIdentifierCorpus, generateRawEvents, testPrivacyPolicy, testPseudonymiser } from '../testing';
import type { LegalBasisGate } from './ports';
import { releaseAnonymisedEvent, releaseAnonymisedEventSoon } from './release-anonymised-event';

const policy = testPrivacyPolicy();
const [sample] = generateRawEvents(7, 1, generateIdentifierCorpus(7, 25));
const raw = sample as RawSafetyEvent;
const systems: SourceSystemRegistry = {
  city: raw.city,
  systems: new Map([[raw.source.systemId, { kind: raw.source.kind, legalBases: ['consent', 'statute', 'publicTask', 'pseudonymisedResearch'] }]]),
};
const dependencies = { policy, pseudonymise: testPseudonymiser(), gate: policyLegalBasisGate(policy), systems, city: raw.city, now: () => raw.reportedAt };
const withBasis = (legalBasis: LegalBasis): RawSafetyEvent => ({ ...raw, source: { ...raw.source, legalBasis } });
const allowAll: LegalBasisGate = { allows: () => true };

describe('releaseAnonymisedEvent', () => {
  it('emits the anonymised event of a pseudonymised-research event from a registered system, with policy version and key id', async () => {
    const outcome = await releaseAnonymisedEvent(withBasis('pseudonymisedResearch'), dependencies);
    expect(outcome.kind).toBe('emit');
    if (outcome.kind !== 'emit') return;
    expect(outcome.event).toMatchObject({ eventId: raw.eventId, privacy: { policyVersion: policy.version, keyId: 'test-key' } });
  });

  it.each<LegalBasis>(['statute', 'publicTask', 'consent'])('keeps a %s event local under the policy gate, naming its basis and reason', async (basis) => {
    await expect(releaseAnonymisedEvent(withBasis(basis), dependencies)).resolves.toEqual({ kind: 'keep-local', eventId: raw.eventId, basis, reason: 'gate-refused' });
  });

  it('emits a consent event only when the gate (the ledger) grants it', async () => {
    await expect(releaseAnonymisedEvent(withBasis('consent'), { ...dependencies, gate: allowAll })).resolves.toMatchObject({ kind: 'emit' });
  });

  it('keeps an event of an unregistered system local without asking the gate', async () => {
    const allows = jest.fn().mockReturnValue(true);
    const rogue = { ...withBasis('pseudonymisedResearch'), source: { ...raw.source, systemId: 'rogue-1', legalBasis: 'pseudonymisedResearch' as const } };
    await expect(releaseAnonymisedEvent(rogue, { ...dependencies, gate: { allows } })).resolves.toMatchObject({ kind: 'keep-local', reason: 'unregistered-system' });
    expect(allows).not.toHaveBeenCalled();
  });

  it('keeps an event claiming a basis its system may not claim local', async () => {
    const narrow: SourceSystemRegistry = { city: raw.city, systems: new Map([[raw.source.systemId, { kind: raw.source.kind, legalBases: ['statute'] }]]) };
    await expect(releaseAnonymisedEvent(withBasis('consent'), { ...dependencies, gate: allowAll, systems: narrow })).resolves.toMatchObject({
      kind: 'keep-local',
      reason: 'basis-not-allowed-for-system',
    });
  });

  it('asks the gate with the reporter pseudonym, never the reporter', async () => {
    const contexts: unknown[] = [];
    const gate: LegalBasisGate = { allows: (_basis, _purpose, context) => (contexts.push(context), true) };
    const reported = { ...withBasis('consent'), reporter: { name: 'Kim Min-jun', phone: '010-1234-5678', email: null } };
    await releaseAnonymisedEvent(reported, { ...dependencies, gate });
    expect(JSON.stringify(contexts)).not.toMatch(/Kim Min-jun|010-1234-5678/);
    expect(contexts[0]).toMatchObject({ eventId: reported.eventId, reporterPseudonym: expect.stringMatching(/^hmac-sha256:test-key:/) });
  });

  it('passes on an unknown gate answer (an unreachable ledger) as an error, never as a decision', async () => {
    const unknown: LegalBasisGate = { allows: async () => Promise.reject(new Error('ledger unavailable')) };
    await expect(releaseAnonymisedEvent(withBasis('consent'), { ...dependencies, gate: unknown })).rejects.toThrow('ledger unavailable');
  });

  it('refuses an event that cannot be anonymised, whatever its basis', async () => {
    const broken = { ...withBasis('statute'), location: { latitude: 91, longitude: 0 } };
    await expect(releaseAnonymisedEvent(broken, dependencies)).rejects.toThrow(ValidationError);
  });

  it('answers at once when the gate does (the policy lists), and with a promise when the gate waits (the ledger)', async () => {
    const atOnce = releaseAnonymisedEventSoon(withBasis('pseudonymisedResearch'), dependencies);
    expect(atOnce).not.toBeInstanceOf(Promise);
    expect(atOnce).toEqual(await releaseAnonymisedEvent(withBasis('pseudonymisedResearch'), dependencies));
    const ledger: LegalBasisGate = { allows: async () => true };
    const waited = releaseAnonymisedEventSoon(withBasis('consent'), { ...dependencies, gate: ledger });
    expect(waited).toBeInstanceOf(Promise);
    await expect(waited).resolves.toMatchObject({ kind: 'emit' });
  });

  it('throws at once, before asking the gate, when the event cannot be anonymised', () => {
    const allows = jest.fn().mockReturnValue(true);
    const broken = { ...withBasis('statute'), location: { latitude: 91, longitude: 0 } };
    expect(() => releaseAnonymisedEventSoon(broken, { ...dependencies, gate: { allows } })).toThrow(ValidationError);
    expect(allows).not.toHaveBeenCalled();
  });
});
