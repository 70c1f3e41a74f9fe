import type { PrivacyPolicy } from '../policy/privacy-policy';
import type { LegalBasisGate } from './legal-basis-gate';

/** A gate answered by the policy's `legalBasisGate` lists alone. */
export function policyLegalBasisGate(policy: PrivacyPolicy): LegalBasisGate {
  return {
    allows: (basis, purpose) => policy.legalBasisGate[purpose].includes(basis),
  };
}
