import { ValidationError } from '@usm/errors';
import { defaultPolicyDocument, rawEventPrivacyTags } from '../../testing/test-privacy-policy';
import { validatePrivacyPolicy } from '../policy/validate-privacy-policy';

const withGate = (gate: unknown) => ({ ...defaultPolicyDocument(), legalBasisGate: gate });

function violationsOf(document: unknown): readonly { field: string; rule: string }[] {
  try {
    validatePrivacyPolicy(document, rawEventPrivacyTags());
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map(({ field, rule }) => ({ field, rule }));
    throw error;
  }
  return [];
}

describe('policy rule consent-needs-ledger', () => {
  it.each(['ai-training', 'cross-border-sharing'])('refuses consent listed as sufficient for %s, naming the purpose and the rule', (purpose) => {
    expect(violationsOf(withGate({ [purpose]: ['pseudonymisedResearch', 'consent'] }))).toEqual([{ field: `legalBasisGate.${purpose}`, rule: 'consent-needs-ledger' }]);
  });

  it('accepts the other bases on their own', () => {
    expect(violationsOf(withGate({ 'ai-training': ['pseudonymisedResearch', 'statute'], 'cross-border-sharing': ['publicTask'] }))).toEqual([]);
  });
});
