import type { AgreementParty, AgreementPartner, ValidityPeriod } from '@usm/contracts';

/** What the agreement's lifecycle needs to know of its terms. */
export interface AgreementTerms {
  readonly agreementId: string;
  readonly partner: AgreementPartner;
  readonly validity: ValidityPeriod;
}

/** Parties that signed, in signing order. */
export type Signatures = readonly AgreementParty[];

/** draft → proposed → active ⇄ suspended → terminated (final, reachable from every state). */
export type AgreementState =
  | { readonly status: 'none' }
  | { readonly status: 'draft'; readonly terms: AgreementTerms }
  | { readonly status: 'proposed'; readonly terms: AgreementTerms; readonly signatures: Signatures }
  | { readonly status: 'active'; readonly terms: AgreementTerms }
  | { readonly status: 'suspended'; readonly terms: AgreementTerms }
  | { readonly status: 'terminated'; readonly terms: AgreementTerms };

export const bothParties: readonly AgreementParty[] = ['city', 'partner'];

/** Whether `at` (epoch millis) falls in the period; `validUntil` is exclusive. */
export function isWithinValidity(validity: ValidityPeriod, at: number): boolean {
  return at >= validity.validFrom && (validity.validUntil === null || at < validity.validUntil);
}
