import type { PrivacyPolicy } from '../policy/privacy-policy';
import type { LegalBasisGate } from './legal-basis-gate';

/**
 * A gate answered by the policy's `legalBasisGate` lists alone. It never allows `consent`: consent is a
 * per-subject fact only the consent ledger knows (the policy schema refuses it in the lists, and this
 * gate refuses it again, so a hand-built policy cannot reopen it).
 */
export function policyLegalBasisGate(policy: PrivacyPolicy): LegalBasisGate {
  return {
    allows: (basis, purpose) => basis !== 'consent' && policy.legalBasisGate[purpose].includes(basis),
  };
}
