import type { ConsentScope, DataPurpose, LegalBasis } from '@usm/contracts';
import type { DomainCommand } from '@usm/event-sourcing';
import type { Jurisdiction } from './consent.events';

/** Identifies the consent aggregate: one per subject and purpose. */
interface ConsentKey {
  readonly subjectId: string;
  readonly purpose: DataPurpose;
}

/** Record a subject's consent; `expiresAt` (epoch millis) null when it does not expire. */
export type GrantConsent = DomainCommand<
  'GrantConsent',
  ConsentKey & {
    readonly legalBasis: LegalBasis;
    readonly scope: ConsentScope;
    readonly noticeVersion: string;
    readonly jurisdiction: Jurisdiction;
    readonly expiresAt: number | null;
  }
>;

/** Withdraw a consent in force. */
export type RevokeConsent = DomainCommand<'RevokeConsent', ConsentKey & { readonly reasonCode: string | null }>;

/** Extend a consent in force, possibly under a newer privacy notice. */
export type RenewConsent = DomainCommand<
  'RenewConsent',
  ConsentKey & { readonly noticeVersion: string; readonly expiresAt: number | null }
>;

/** Issued by the expiry scheduler once `now` reached the consent's expiry. */
export type ExpireConsent = DomainCommand<'ExpireConsent', ConsentKey>;

export type ConsentCommand = GrantConsent | RevokeConsent | RenewConsent | ExpireConsent;
