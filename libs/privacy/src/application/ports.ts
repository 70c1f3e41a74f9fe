// The privacy context's ports. Pseudonymiser and LegalBasisGate are declared in domain/ because pure
// domain functions take them as arguments; they are re-exported here so services bind them in one place.
export type { Pseudonymiser, PseudonymPurpose } from '../domain/pseudonymisation/pseudonymiser';
export type { GateAnswer, LegalBasisGate, LegalBasisGateContext } from '../domain/release/legal-basis-gate';
