import type { DataPurpose } from '@usm/contracts';
import type { Recorded } from '../recorded';
import type { ConsentEvent } from './consent.events';

/** Read model `consent_history`: one row per consent event, for a subject's history and `asOf` answers. */
export interface ConsentHistoryRow {
  readonly consentId: string;
  readonly version: number;
  readonly subjectId: string;
  readonly purpose: DataPurpose;
  readonly eventType: ConsentEvent['type'];
  /** When the fact took effect (grant, renewal, revocation time, or the expiry reached). */
  readonly effectiveAt: Date;
  readonly occurredAt: Date;
  /** The event in its current (upcast) shape, so `asOf` folds it with the decider's evolve. */
  readonly event: ConsentEvent;
}

export function effectiveTimeOf(event: ConsentEvent): number {
  switch (event.type) {
    case 'ConsentGranted':
      return event.data.grantedAt;
    case 'ConsentRenewed':
      return event.data.renewedAt;
    case 'ConsentRevoked':
      return event.data.revokedAt;
    case 'ConsentExpired':
      return event.data.expiredAt;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

/** Pure step of `consent_history`, keyed by (consentId, version): a replayed event finds its row and keeps it. */
export function evolveConsentHistory(row: ConsentHistoryRow | null, { event, version, occurredAt }: Recorded<ConsentEvent>): ConsentHistoryRow {
  if (row !== null) return row;
  const { consentId, subjectId, purpose } = event.data;
  return {
    consentId,
    version,
    subjectId,
    purpose,
    eventType: event.type,
    effectiveAt: new Date(effectiveTimeOf(event)),
    occurredAt: new Date(occurredAt),
    event,
  };
}
