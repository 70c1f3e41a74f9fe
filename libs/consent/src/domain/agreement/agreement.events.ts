import type { AgreementParty, AgreementPartner, DataPurpose, ValidityPeriod } from '@usm/contracts';
import type { DomainEvent } from '@usm/event-sourcing';

/** A data-sharing agreement was drafted. Times are UTC epoch millis, as on the topic. */
export type AgreementDrafted = DomainEvent<
  'AgreementDrafted',
  {
    readonly agreementId: string;
    readonly partner: AgreementPartner;
    readonly topics: readonly string[];
    readonly purposes: readonly DataPurpose[];
    readonly partnerRetentionDays: number;
    readonly validity: ValidityPeriod;
    readonly draftedBy: string;
  }
>;

/** The draft was sent for signature; its terms are frozen from here on. */
export type AgreementProposed = DomainEvent<
  'AgreementProposed',
  { readonly agreementId: string; readonly proposedBy: string; readonly proposedAt: number }
>;

/** One party signed. */
export type AgreementSigned = DomainEvent<
  'AgreementSigned',
  { readonly agreementId: string; readonly party: AgreementParty; readonly signatoryId: string; readonly signedAt: number }
>;

/** The agreement took effect, first or again after a suspension. */
export type AgreementActivated = DomainEvent<'AgreementActivated', { readonly agreementId: string; readonly activatedAt: number }>;

/** Sharing was paused. */
export type AgreementSuspended = DomainEvent<
  'AgreementSuspended',
  { readonly agreementId: string; readonly reasonCode: string; readonly suspendedAt: number }
>;

/** The agreement ended for good. */
export type AgreementTerminated = DomainEvent<
  'AgreementTerminated',
  { readonly agreementId: string; readonly reasonCode: string; readonly terminatedAt: number }
>;

/** Every event of the agreement aggregate (the topic envelope is `AgreementEvent`); type names equal the Avro record names. */
export type AgreementLifecycleEvent =
  | AgreementDrafted
  | AgreementProposed
  | AgreementSigned
  | AgreementActivated
  | AgreementSuspended
  | AgreementTerminated;
