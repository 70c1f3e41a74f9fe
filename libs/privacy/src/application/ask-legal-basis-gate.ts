import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import { gatedPurposes } from '../domain/release/gated-purpose';
import type { GatedPurpose } from '../domain/release/gated-purpose';
import type { GateAnswer, LegalBasisGate, LegalBasisGateContext } from '../domain/release/legal-basis-gate';

/** Asks the gate about every gated purpose for the event's own legal basis; feed the answer to decideRelease. */
export async function askLegalBasisGate(
  gate: LegalBasisGate,
  raw: RawSafetyEvent,
  context: LegalBasisGateContext,
): Promise<GateAnswer> {
  const basis = raw.source.legalBasis;
  const answers = await Promise.all(gatedPurposes.map(async (purpose) => [purpose, await gate.allows(basis, purpose, context)] as const));
  return { basis, allowed: Object.fromEntries(answers) as Record<GatedPurpose, boolean> };
}
