import type { ConsentScope, DataPurpose, LegalBasis } from '@usm/contracts';
import type { Recorded } from '../recorded';
import type { ConsentEvent, Jurisdiction } from './consent.events';

/** Read model `consent_current`: the latest state of each consent, one row per subject and purpose. */
export interface ConsentCurrentRow {
  readonly consentId: string;
  readonly subjectId: string;
  readonly purpose: DataPurpose;
  readonly status: 'granted' | 'revoked' | 'expired';
  readonly legalBasis: LegalBasis;
  readonly scope: ConsentScope;
  readonly noticeVersion: string;
  readonly jurisdiction: Jurisdiction;
  readonly grantedAt: Date;
  readonly expiresAt: Date | null;
  /** When it was revoked or expired; null while granted. */
  readonly endedAt: Date | null;
  /** Stream version after the last event applied: what a client sends back as `expectedVersion`. */
  readonly version: number;
  readonly updatedAt: Date;
}

const dateOrNull = (millis: number | null): Date | null => (millis === null ? null : new Date(millis));

/** Pure step of `consent_current`; an event already applied or that does not fit leaves the row as it is. */
export function evolveConsentCurrent(row: ConsentCurrentRow | null, { event, version, occurredAt }: Recorded<ConsentEvent>): ConsentCurrentRow | null {
  if (row !== null && version <= row.version) return row;
  const updatedAt = new Date(occurredAt);
  switch (event.type) {
    case 'ConsentGranted': {
      const { consentId, subjectId, purpose, legalBasis, scope, noticeVersion, jurisdiction, grantedAt, expiresAt } = event.data;
      const granted = { grantedAt: new Date(grantedAt), expiresAt: dateOrNull(expiresAt), endedAt: null };
      return { consentId, subjectId, purpose, status: 'granted', legalBasis, scope, noticeVersion, jurisdiction, ...granted, version, updatedAt };
    }
    case 'ConsentRenewed':
      if (row === null) return null;
      if (row.status !== 'granted') return { ...row, version, updatedAt };
      return { ...row, noticeVersion: event.data.noticeVersion, expiresAt: dateOrNull(event.data.expiresAt), version, updatedAt };
    case 'ConsentRevoked':
      return row && { ...row, status: 'revoked', endedAt: new Date(event.data.revokedAt), version, updatedAt };
    case 'ConsentExpired':
      return row && { ...row, status: 'expired', endedAt: new Date(event.data.expiredAt), version, updatedAt };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
