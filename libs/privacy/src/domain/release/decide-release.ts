import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { gatedPurposes } from './gated-purpose';
import type { GateAnswer } from './legal-basis-gate';

/** Whether an anonymised event goes to the shareable topic or stays in the city. */
export type ReleaseDecision = 'emit' | 'keep-local';

/**
 * `emit` only when the gate allowed every gated purpose for this event's own legal basis: the anonymised
 * topic feeds both dataset builds and partner replication, so each use needs its basis. An answer about
 * another basis is a caller's mistake and keeps the event local.
 */
export function decideRelease(raw: RawSafetyEvent, answer: GateAnswer): ReleaseDecision {
  if (answer.basis !== raw.source.legalBasis) return 'keep-local';
  return gatedPurposes.every((purpose) => answer.allowed[purpose]) ? 'emit' : 'keep-local';
}
