import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { gatedPurposes } from './gated-purpose';
import type { GateAnswer } from './legal-basis-gate';
import type { SourceSystemRegistry } from './source-system-registry';
import type { UnverifiedBasisReason } from './verify-claimed-basis';
import { verifyClaimedBasis } from './verify-claimed-basis';

/** Whether an anonymised event goes to the shareable topic or stays in the city. */
export type ReleaseDecision = 'emit' | 'keep-local';

/** Why an event stays local: its claim was not verified, or the gate did not allow every gated purpose. */
export type KeptLocalReason = UnverifiedBasisReason | 'gate-refused';

/** The decision with its reason, for counting. */
export type ReleaseVerdict = { readonly decision: 'emit' } | { readonly decision: 'keep-local'; readonly reason: KeptLocalReason };

/**
 * `emit` only when the source may claim its basis (when a registry is given) and the gate allowed every
 * gated purpose for this event's own basis: the anonymised topic feeds both dataset builds and partner
 * replication, so each use needs its basis. An answer about another basis is a caller's mistake.
 */
export function releaseVerdict(raw: RawSafetyEvent, answer: GateAnswer, registry?: SourceSystemRegistry): ReleaseVerdict {
  if (registry !== undefined) {
    const claim = verifyClaimedBasis(raw.source, registry);
    if (!claim.verified) return { decision: 'keep-local', reason: claim.reason };
  }
  if (answer.basis !== raw.source.legalBasis) return { decision: 'keep-local', reason: 'gate-refused' };
  return gatedPurposes.every((purpose) => answer.allowed[purpose]) ? { decision: 'emit' } : { decision: 'keep-local', reason: 'gate-refused' };
}

/** `releaseVerdict` without its reason; the pipeline always passes the city's registry. */
export function decideRelease(raw: RawSafetyEvent, answer: GateAnswer, registry?: SourceSystemRegistry): ReleaseDecision {
  return releaseVerdict(raw, answer, registry).decision;
}
