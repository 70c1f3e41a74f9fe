import { defaultPolicyDocument, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { legalBases } from '../contract/safety-event-enums';
import { gatedPurposes } from './gated-purpose';
import { policyLegalBasisGate } from './policy-legal-basis-gate';

const context = { city: 'incheon', eventId: 'e1', sourceKind: 'cctvAnalytics' as const, reporterPseudonym: null };

describe('policyLegalBasisGate', () => {
  const gate = policyLegalBasisGate(testPrivacyPolicy());

  it.each(gatedPurposes.flatMap((purpose) => legalBases.map((basis) => [purpose, basis] as const)))(
    'answers %s under %s from the policy lists',
    (purpose, basis) => {
      const allowed = basis === 'consent' || basis === 'pseudonymisedResearch';
      expect(gate.allows(basis, purpose, context)).toBe(allowed);
    },
  );

  it('allows nothing under a policy without a gate', () => {
    const { legalBasisGate: _, ...document } = defaultPolicyDocument();
    const closed = policyLegalBasisGate(testPrivacyPolicy(document));
    for (const purpose of gatedPurposes) for (const basis of legalBases) expect(closed.allows(basis, purpose, context)).toBe(false);
  });
});
