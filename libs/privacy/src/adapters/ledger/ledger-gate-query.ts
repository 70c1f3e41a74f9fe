import type { DataPurpose } from '@usm/contracts';
import type { LegalBasisGateContext } from '../../application/ports';
import type { LegalBasis } from '../../domain/contract/safety-event-enums';
import type { GatedPurpose } from '../../domain/release/gated-purpose';

/** The consent ledger's purpose (`mesh.shared.DataPurpose`) for each purpose the privacy gate decides on. */
export const ledgerPurposeOf: Readonly<Record<GatedPurpose, DataPurpose>> = {
  'ai-training': 'aiTraining',
  'cross-border-sharing': 'crossBorderSharing',
};

/**
 * Query of `GET /v1/legal-basis/allows`: the subject is the reporter's keyed pseudonym, left out when the
 * event has no reporter (the ledger then answers from the basis alone); `at` is the instant of release.
 */
export function ledgerGateQuery(basis: LegalBasis, purpose: GatedPurpose, context: LegalBasisGateContext, at: Date): URLSearchParams {
  const query = new URLSearchParams({ legalBasis: basis, purpose: ledgerPurposeOf[purpose], at: at.toISOString(), sourceKind: context.sourceKind });
  if (context.reporterPseudonym !== null) query.set('subjectId', context.reporterPseudonym);
  return query;
}
