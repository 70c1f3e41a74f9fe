import { defaultPolicyDocument, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { legalBases } from '../contract/safety-event-enums';
import type { PrivacyPolicy } from '../policy/privacy-policy';
import { gatedPurposes } from './gated-purpose';
import { policyLegalBasisGate } from './policy-legal-basis-gate';

const context = { city: 'incheon', eventId: 'e1', sourceKind: 'cctvAnalytics' as const, reporterPseudonym: null };

describe('policyLegalBasisGate', () => {
  const gate = policyLegalBasisGate(testPrivacyPolicy());

  it.each(gatedPurposes.flatMap((purpose) => legalBases.map((basis) => [purpose, basis] as const)))(
    'answers %s under %s from the policy lists',
    (purpose, basis) => {
      expect(gate.allows(basis, purpose, context)).toBe(basis === 'pseudonymisedResearch');
    },
  );

  it('never allows consent, even when a hand-built policy lists it', () => {
    const policy = testPrivacyPolicy();
    const listing: PrivacyPolicy = { ...policy, legalBasisGate: { 'ai-training': ['consent'], 'cross-border-sharing': ['consent'] } };
    for (const purpose of gatedPurposes) expect(policyLegalBasisGate(listing).allows('consent', purpose, { ...context, reporterPseudonym: 'p' })).toBe(false);
  });

  it('allows nothing under a policy without a gate', () => {
    const { legalBasisGate: _, ...document } = defaultPolicyDocument();
    const closed = policyLegalBasisGate(testPrivacyPolicy(document));
    for (const purpose of gatedPurposes) for (const basis of legalBases) expect(closed.allows(basis, purpose, context)).toBe(false);
  });
});
