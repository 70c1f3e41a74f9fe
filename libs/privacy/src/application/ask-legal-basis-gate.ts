import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { LegalBasis } from '../domain/contract/safety-event-enums';
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
  return askLegalBasisGateSoon(gate, raw, context);
}

/** `askLegalBasisGate`, answered at once (no promise) when the gate answers every purpose at once. */
export function askLegalBasisGateSoon(gate: LegalBasisGate, raw: RawSafetyEvent, context: LegalBasisGateContext): GateAnswer | Promise<GateAnswer> {
  const basis = raw.source.legalBasis;
  const answers = gatedPurposes.map((purpose) => gate.allows(basis, purpose, context));
  return answers.some((answer) => answer instanceof Promise) ? Promise.all(answers).then((settled) => gateAnswerOf(basis, settled)) : gateAnswerOf(basis, answers as boolean[]);
}

function gateAnswerOf(basis: LegalBasis, settled: readonly boolean[]): GateAnswer {
  const allowed = {} as Record<GatedPurpose, boolean>;
  gatedPurposes.forEach((purpose, index) => (allowed[purpose] = settled[index] === true));
  return { basis, allowed };
}
