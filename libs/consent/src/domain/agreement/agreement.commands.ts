import type { AgreementParty, AgreementPartner, DataPurpose, ValidityPeriod } from '@usm/contracts';
import type { DomainCommand } from '@usm/event-sourcing';

interface AgreementKey {
  readonly agreementId: string;
}

/** Draft an agreement with a partner; the id comes from the IdGenerator port. */
export type DraftAgreement = DomainCommand<
  'DraftAgreement',
  AgreementKey & {
    readonly partner: AgreementPartner;
    readonly topics: readonly string[];
    readonly purposes: readonly DataPurpose[];
    readonly partnerRetentionDays: number;
    readonly validity: ValidityPeriod;
  }
>;

/** Send the draft for signature, freezing its terms. */
export type ProposeAgreement = DomainCommand<'ProposeAgreement', AgreementKey>;

/** Record one party's signature. */
export type SignAgreement = DomainCommand<'SignAgreement', AgreementKey & { readonly party: AgreementParty; readonly signatoryId: string }>;

/** Put a signed agreement into effect, or resume a suspended one. */
export type ActivateAgreement = DomainCommand<'ActivateAgreement', AgreementKey>;

/** Pause sharing under an active agreement. */
export type SuspendAgreement = DomainCommand<'SuspendAgreement', AgreementKey & { readonly reasonCode: string }>;

/** End an agreement for good, from any state but terminated. */
export type TerminateAgreement = DomainCommand<'TerminateAgreement', AgreementKey & { readonly reasonCode: string }>;

export type AgreementCommand =
  | DraftAgreement
  | ProposeAgreement
  | SignAgreement
  | ActivateAgreement
  | SuspendAgreement
  | TerminateAgreement;
