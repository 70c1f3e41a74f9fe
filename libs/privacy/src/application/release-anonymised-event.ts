import type { AnonymisedSafetyEvent } from '../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasis } from '../domain/contract/safety-event-enums';
import { anonymiseEvent } from '../domain/anonymisation/anonymise-event';
import type { AttributeDropCounter } from '../domain/anonymisation/attribute-drop';
import type { PrivacyPolicy } from '../domain/policy/privacy-policy';
import type { KeptLocalReason } from '../domain/release/decide-release';
import { releaseVerdict } from '../domain/release/decide-release';
import type { SourceSystemRegistry } from '../domain/release/source-system-registry';
import type { GateAnswer } from '../domain/release/legal-basis-gate';
import { verifyClaimedBasis } from '../domain/release/verify-claimed-basis';
import type { LegalBasisGate, Pseudonymiser } from './ports';
import { askLegalBasisGateSoon } from './ask-legal-basis-gate';

/** What becomes of a raw event: its anonymised form goes to the shareable topic, or nothing leaves the city. */
export type ReleaseOutcome =
  | { readonly kind: 'emit'; readonly event: AnonymisedSafetyEvent }
  | { readonly kind: 'keep-local'; readonly eventId: string; readonly basis: LegalBasis; readonly reason: KeptLocalReason };

export interface ReleaseDependencies {
  readonly policy: PrivacyPolicy;
  readonly pseudonymise: Pseudonymiser;
  readonly gate: LegalBasisGate;
  /** The city's registered source systems: an unverified claim stays local without asking the gate. */
  readonly systems: SourceSystemRegistry;
  /** The node's own city: a raw event for another city is refused (PRIVACY.INVALID_EVENT). */
  readonly city: string;
  /** The node's clock, epoch millis. */
  readonly now: () => number;
  /** Counts the attributes anonymisation drops, when given. */
  readonly metrics?: Partial<AttributeDropCounter>;
}

/**
 * Anonymises a raw event under the policy, checks its source may claim its basis (source-system registry),
 * then asks the legal-basis gate whether it may be shared.
 * Anonymising first means an event that breaks the policy is refused (PRIVACY.INVALID_EVENT, thrown)
 * whatever its basis, and the gate sees the reporter's pseudonym, never the reporter.
 */
export async function releaseAnonymisedEvent(raw: RawSafetyEvent, dependencies: ReleaseDependencies): Promise<ReleaseOutcome> {
  return releaseAnonymisedEventSoon(raw, dependencies);
}

/**
 * `releaseAnonymisedEvent`, answered at once (no promise) when the gate answers at once (the policy's lists), so
 * a stream of records costs no turn of the event loop each. Throws what `releaseAnonymisedEvent` rejects with
 * when anonymisation refuses the event; rejects when the gate does.
 */
export function releaseAnonymisedEventSoon(raw: RawSafetyEvent, dependencies: ReleaseDependencies): ReleaseOutcome | Promise<ReleaseOutcome> {
  const { policy, pseudonymise, city, metrics } = dependencies;
  const event = anonymiseEvent(raw, { policy, pseudonymise, city, now: dependencies.now(), ...(metrics ? { attributeDrops: metrics } : {}) });
  const claim = verifyClaimedBasis(raw.source, dependencies.systems);
  if (!claim.verified) return keepLocal(raw, claim.reason);
  const context = { city: raw.city, eventId: raw.eventId, sourceKind: raw.source.kind, reporterPseudonym: event.reporterPseudonym };
  const answer = askLegalBasisGateSoon(dependencies.gate, raw, context);
  return answer instanceof Promise ? answer.then((settled) => outcomeOf(raw, event, settled, dependencies.systems)) : outcomeOf(raw, event, answer, dependencies.systems);
}

const keepLocal = (raw: RawSafetyEvent, reason: KeptLocalReason): ReleaseOutcome => ({ kind: 'keep-local', eventId: raw.eventId, basis: raw.source.legalBasis, reason });

function outcomeOf(raw: RawSafetyEvent, event: AnonymisedSafetyEvent, answer: GateAnswer, systems: SourceSystemRegistry): ReleaseOutcome {
  const verdict = releaseVerdict(raw, answer, systems);
  return verdict.decision === 'emit' ? { kind: 'emit', event } : keepLocal(raw, verdict.reason);
}
