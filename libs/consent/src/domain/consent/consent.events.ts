import type { ConsentScope, DataPurpose, LegalBasis } from '@usm/contracts';
import type { DomainEvent } from '@usm/event-sourcing';

/**
 * ISO 3166-1 alpha-2 code of the country whose law governs a consent (e.g. `KR`, `ES`), added in v2 of
 * ConsentGranted; null when not recorded (every v1 grant): the city node's own jurisdiction applies.
 */
export type Jurisdiction = string | null;

/** The subject granted consent for one purpose. Times are UTC epoch millis, as on the topic. */
export type ConsentGranted = DomainEvent<
  'ConsentGranted',
  {
    readonly consentId: string;
    readonly subjectId: string;
    readonly purpose: DataPurpose;
    readonly legalBasis: LegalBasis;
    readonly scope: ConsentScope;
    readonly noticeVersion: string;
    readonly jurisdiction: Jurisdiction;
    readonly grantedAt: number;
    readonly expiresAt: number | null;
  }
>;

/** The subject withdrew consent. */
export type ConsentRevoked = DomainEvent<
  'ConsentRevoked',
  {
    readonly consentId: string;
    readonly subjectId: string;
    readonly purpose: DataPurpose;
    readonly revokedAt: number;
    readonly reasonCode: string | null;
  }
>;

/** The consent reached its expiry without renewal. */
export type ConsentExpired = DomainEvent<
  'ConsentExpired',
  { readonly consentId: string; readonly subjectId: string; readonly purpose: DataPurpose; readonly expiredAt: number }
>;

/** The subject renewed a consent in force, moving its expiry. */
export type ConsentRenewed = DomainEvent<
  'ConsentRenewed',
  {
    readonly consentId: string;
    readonly subjectId: string;
    readonly purpose: DataPurpose;
    readonly noticeVersion: string;
    readonly renewedAt: number;
    readonly expiresAt: number | null;
  }
>;

/** Every event of the consent aggregate; type names equal the Avro record names. */
export type ConsentEvent = ConsentGranted | ConsentRevoked | ConsentExpired | ConsentRenewed;
