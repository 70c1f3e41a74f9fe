import type { ConsentRecordEvent, DataPurpose } from '@usm/contracts';
import type { RetractionReason } from './retraction-notice';

/** A consent that stopped holding: revoked by the subject or expired without renewal. */
export interface ConsentEnded {
  /** Id of the consent ledger event (a random UUID): the notice id is derived from it, never from the subject. */
  readonly consentEventId: string;
  /** Pseudonym of the subject; looked up in the local subject index, never published. */
  readonly subjectId: string;
  readonly purpose: DataPurpose;
  readonly reason: RetractionReason;
  readonly endedAt: number;
}

/** The end of a consent a ledger event records, or null for grants and renewals. */
export function consentEndedOf(event: ConsentRecordEvent): ConsentEnded | null {
  const data = event.data;
  const consentEventId = event.metadata.eventId;
  if ('mesh.consent.ConsentRevoked' in data) {
    const { subjectId, purpose, revokedAt } = data['mesh.consent.ConsentRevoked'];
    return { consentEventId, subjectId, purpose, reason: 'consentRevoked', endedAt: revokedAt };
  }
  if ('mesh.consent.ConsentExpired' in data) {
    const { subjectId, purpose, expiredAt } = data['mesh.consent.ConsentExpired'];
    return { consentEventId, subjectId, purpose, reason: 'consentExpired', endedAt: expiredAt };
  }
  return null;
}
