import { ValidationError } from '@usm/errors';
import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasis } from '../domain/contract/safety-event-enums';
import { policyLegalBasisGate } from '../domain/release/policy-legal-basis-gate';
import { generateIdentifierCorpus, generateRawEvents, testPrivacyPolicy, testPseudonymiser } from '../testing';
import type { LegalBasisGate } from './ports';
import { releaseAnonymisedEvent } from './release-anonymised-event';

const policy = testPrivacyPolicy();
const dependencies = { policy, pseudonymise: testPseudonymiser(), gate: policyLegalBasisGate(policy) };
const [sample] = generateRawEvents(7, 1, generateIdentifierCorpus(7, 25));
const withBasis = (legalBasis: LegalBasis): RawSafetyEvent => ({ ...(sample as RawSafetyEvent), source: { ...(sample as RawSafetyEvent).source, legalBasis } });

describe('releaseAnonymisedEvent', () => {
  it.each<LegalBasis>(['consent', 'pseudonymisedResearch'])('emits the anonymised event of a %s event, with policy version and key id', async (basis) => {
    const outcome = await releaseAnonymisedEvent(withBasis(basis), dependencies);
    expect(outcome.kind).toBe('emit');
    if (outcome.kind !== 'emit') return;
    expect(outcome.event).toMatchObject({ eventId: sample?.eventId, privacy: { policyVersion: policy.version, keyId: 'test-key' } });
  });

  it.each<LegalBasis>(['statute', 'publicTask'])('keeps a %s event local, naming its basis', async (basis) => {
    await expect(releaseAnonymisedEvent(withBasis(basis), dependencies)).resolves.toEqual({ kind: 'keep-local', eventId: sample?.eventId, basis });
  });

  it('asks the gate with the reporter pseudonym, never the reporter', async () => {
    const contexts: unknown[] = [];
    const gate: LegalBasisGate = { allows: (_basis, _purpose, context) => (contexts.push(context), true) };
    const raw = { ...withBasis('consent'), reporter: { name: 'Kim Min-jun', phone: '010-1234-5678', email: null } };
    await releaseAnonymisedEvent(raw, { ...dependencies, gate });
    expect(JSON.stringify(contexts)).not.toMatch(/Kim Min-jun|010-1234-5678/);
    expect(contexts[0]).toMatchObject({ eventId: raw.eventId, reporterPseudonym: expect.stringMatching(/^hmac-sha256:test-key:/) });
  });

  it('refuses an event that cannot be anonymised, whatever its basis', async () => {
    const broken = { ...withBasis('statute'), location: { latitude: 91, longitude: 0 } };
    await expect(releaseAnonymisedEvent(broken, dependencies)).rejects.toThrow(ValidationError);
  });
});
