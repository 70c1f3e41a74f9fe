import type { LegalBasis, SourceKind } from '../contract/safety-event-enums';
import type { GatedPurpose } from './gated-purpose';

/** What the gate may weigh besides the basis: which event, from where, and whose (pseudonymously). */
export interface LegalBasisGateContext {
  readonly city: string;
  readonly eventId: string;
  readonly sourceKind: SourceKind;
  readonly reporterPseudonym: string | null;
}

/**
 * Port: whether data collected under a legal basis may be used for a gated purpose. Answered by the
 * policy (policyLegalBasisGate) or by the consent ledger per subject (LedgerLegalBasisGate, PRIVACY_LEGAL_BASIS_GATE=ledger).
 */
export interface LegalBasisGate {
  allows(basis: LegalBasis, purpose: GatedPurpose, context: LegalBasisGateContext): Promise<boolean> | boolean;
}

/** The gate's answers for one event: its basis, and whether each gated purpose is allowed. */
export interface GateAnswer {
  readonly basis: LegalBasis;
  readonly allowed: Readonly<Record<GatedPurpose, boolean>>;
}
