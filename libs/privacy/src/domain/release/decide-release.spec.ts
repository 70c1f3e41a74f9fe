import fc from 'fast-check';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { LegalBasis } from '../contract/safety-event-enums';
import { legalBases } from '../contract/safety-event-enums';
import { decideRelease, releaseVerdict } from './decide-release';
import type { GateAnswer } from './legal-basis-gate';
import type { SourceSystemRegistry } from './source-system-registry';

// Given: a registry with one citizen-report desk that may claim consent or statute.
const registry: SourceSystemRegistry = { city: 'incheon', systems: new Map([['desk-1', { kind: 'citizenReport', legalBases: ['consent', 'statute'] }]]) };
const registryCases = {
  'registered, basis allowed': { systemId: 'desk-1', kind: 'citizenReport', claims: ['consent', 'statute'] },
  'registered, basis not allowed': { systemId: 'desk-1', kind: 'citizenReport', claims: ['publicTask', 'pseudonymisedResearch'] },
  'registered as another kind': { systemId: 'desk-1', kind: 'cctvAnalytics', claims: legalBases },
  unregistered: { systemId: 'rogue-9', kind: 'citizenReport', claims: legalBases },
} as const;
const expectedReason = {
  'registered, basis allowed': 'gate-refused',
  'registered, basis not allowed': 'basis-not-allowed-for-system',
  'registered as another kind': 'kind-not-registered-for-system',
  unregistered: 'unregistered-system',
} as const;
const gateAnswers = { 'allows both purposes': [true, true], 'refuses AI training': [false, true], 'refuses cross-border sharing': [true, false], 'refuses both': [false, false] } as const;

const eventFrom = (systemId: string, kind: string, legalBasis: LegalBasis) => ({ source: { systemId, kind, legalBasis } }) as RawSafetyEvent;
const answer = (basis: LegalBasis, [aiTraining, crossBorder]: readonly [boolean, boolean]): GateAnswer => ({
  basis,
  allowed: { 'ai-training': aiTraining, 'cross-border-sharing': crossBorder },
});

type RegistryCase = keyof typeof registryCases;
const truthTable = (Object.keys(registryCases) as RegistryCase[]).flatMap((registryCase) =>
  registryCases[registryCase].claims.flatMap((basis) =>
    (Object.keys(gateAnswers) as (keyof typeof gateAnswers)[]).map((gate) => [registryCase, basis, gate] as const),
  ),
);

describe('releaseVerdict: claimed basis × source-system registry × gate answer', () => {
  it.each(truthTable)('given a system %s claiming %s, when the gate %s, then only a verified claim fully allowed is emitted', (registryCase, basis, gate) => {
    const { systemId, kind } = registryCases[registryCase];
    const verdict = releaseVerdict(eventFrom(systemId, kind, basis), answer(basis, gateAnswers[gate]), registry);
    const emits = registryCase === 'registered, basis allowed' && gate === 'allows both purposes';
    expect(verdict).toEqual(emits ? { decision: 'emit' } : { decision: 'keep-local', reason: expectedReason[registryCase] });
  });

  it('keeps the event local when the answer is about another basis', () => {
    expect(releaseVerdict(eventFrom('desk-1', 'citizenReport', 'statute'), answer('consent', [true, true]), registry)).toEqual({ decision: 'keep-local', reason: 'gate-refused' });
  });

  it('never emits an event whose claim the registry does not back, whatever the gate says (property)', () => {
    const systemIds = fc.constantFrom('desk-1', 'rogue-9', 'desk-10', '');
    const kinds = fc.constantFrom('citizenReport', 'cctvAnalytics', 'emergencyCall');
    fc.assert(
      fc.property(systemIds, kinds, fc.constantFrom(...legalBases), fc.boolean(), fc.boolean(), (systemId, kind, basis, ai, cross) => {
        const emitted = decideRelease(eventFrom(systemId, kind, basis), answer(basis, [ai, cross]), registry) === 'emit';
        const backed = systemId === 'desk-1' && kind === 'citizenReport' && (basis === 'consent' || basis === 'statute');
        expect(emitted).toBe(backed && ai && cross);
      }),
    );
  });

  it('without a registry, decides from the gate answer alone (callers that verified the source already)', () => {
    expect(decideRelease(eventFrom('rogue-9', 'citizenReport', 'statute'), answer('statute', [true, true]))).toBe('emit');
    expect(decideRelease(eventFrom('rogue-9', 'citizenReport', 'statute'), answer('statute', [true, false]))).toBe('keep-local');
  });
});
