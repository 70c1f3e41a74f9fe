import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import { gatedPurposes } from '../domain/release/gated-purpose';
import type { GatedPurpose } from '../domain/release/gated-purpose';
import type { GateAnswer, LegalBasisGate, LegalBasisGateContext } from '../domain/release/legal-basis-gate';

/**
 * Asks the gate about every gated purpose for the event's own legal basis; feed the answer to decideRelease.
 * The questions go out together; a gate that answers at once (the policy's lists) costs no wait per purpose.
 */
export async function askLegalBasisGate(
  gate: LegalBasisGate,
  raw: RawSafetyEvent,
  context: LegalBasisGateContext,
): Promise<GateAnswer> {
  const basis = raw.source.legalBasis;
  const answers = gatedPurposes.map((purpose) => gate.allows(basis, purpose, context));
  const settled = answers.some((answer) => answer instanceof Promise) ? await Promise.all(answers) : (answers as boolean[]);
  const allowed = {} as Record<GatedPurpose, boolean>;
  gatedPurposes.forEach((purpose, index) => (allowed[purpose] = settled[index] === true));
  return { basis, allowed };
}
