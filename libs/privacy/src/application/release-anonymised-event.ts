import type { AnonymisedSafetyEvent } from '../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasis } from '../domain/contract/safety-event-enums';
import { anonymiseEvent } from '../domain/anonymisation/anonymise-event';
import type { PrivacyPolicy } from '../domain/policy/privacy-policy';
import { decideRelease } from '../domain/release/decide-release';
import type { LegalBasisGate, Pseudonymiser } from './ports';
import { askLegalBasisGate } from './ask-legal-basis-gate';

/** What becomes of a raw event: its anonymised form goes to the shareable topic, or nothing leaves the city. */
export type ReleaseOutcome =
  | { readonly kind: 'emit'; readonly event: AnonymisedSafetyEvent }
  | { readonly kind: 'keep-local'; readonly eventId: string; readonly basis: LegalBasis };

export interface ReleaseDependencies {
  readonly policy: PrivacyPolicy;
  readonly pseudonymise: Pseudonymiser;
  readonly gate: LegalBasisGate;
}

/**
 * Anonymises a raw event under the policy, then asks the legal-basis gate whether it may be shared.
 * Anonymising first means an event that breaks the policy is refused (PRIVACY.INVALID_EVENT, thrown)
 * whatever its basis, and the gate sees the reporter's pseudonym, never the reporter.
 */
export async function releaseAnonymisedEvent(raw: RawSafetyEvent, dependencies: ReleaseDependencies): Promise<ReleaseOutcome> {
  const event = anonymiseEvent(raw, dependencies.policy, dependencies.pseudonymise);
  const context = { city: raw.city, eventId: raw.eventId, sourceKind: raw.source.kind, reporterPseudonym: event.reporterPseudonym };
  const answer = await askLegalBasisGate(dependencies.gate, raw, context);
  return decideRelease(raw, answer) === 'emit' ? { kind: 'emit', event } : { kind: 'keep-local', eventId: raw.eventId, basis: raw.source.legalBasis };
}
