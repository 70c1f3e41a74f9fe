import type { Reporter } from '../contract/raw-safety-event';
import type { PrivacyPolicy } from '../policy/privacy-policy';
import { normaliseEmail, normaliseName, normalisePhone } from './normalise-identifier';
import type { Pseudonymiser } from './pseudonymiser';

const present = (value: string | null): value is string => value !== null && value.trim() !== '';

/**
 * The reporter's identity to pseudonymise: phone, else e-mail, else name, each only if the policy says
 * pseudonymise. One contact only, so the same caller keeps one pseudonym whatever else they add.
 */
function reporterIdentity(reporter: Reporter, policy: PrivacyPolicy): string | null {
  const { fields, pseudonymisation } = policy;
  if (fields['reporter.phone'] === 'pseudonymise' && present(reporter.phone)) {
    return `tel:${normalisePhone(reporter.phone, pseudonymisation.phoneCountryCode)}`;
  }
  if (fields['reporter.email'] === 'pseudonymise' && present(reporter.email)) {
    return `mailto:${normaliseEmail(reporter.email)}`;
  }
  if (fields['reporter.name'] === 'pseudonymise' && present(reporter.name)) return `name:${normaliseName(reporter.name)}`;
  return null;
}

/** Keyed pseudonym of the reporter, or null without a reporter or without a contact to pseudonymise. */
export function reporterPseudonymOf(reporter: Reporter | null, policy: PrivacyPolicy, pseudonymise: Pseudonymiser): string | null {
  const identity = reporter === null ? null : reporterIdentity(reporter, policy);
  return identity === null ? null : pseudonymise(identity, 'reporter');
}
