import type { DataPurpose } from '@usm/contracts';
import type { ConsentView } from './consent-view';
import { viewAsOf } from './consent-view';
import type { StoredConsentEvent } from './consent-event.upcaster';
import { upcastConsentEvent } from './consent-event.upcaster';
import { effectiveTimeOf, evolveConsentHistory } from './consent-history.projection';

/**
 * The view at `at` folded straight from the consent stream as the event store holds it (any schema
 * version), without a projection in between: the legal-basis gate answers from the source of truth, so a
 * stalled relay or projection cannot make a revoked consent look granted (ADR 0008).
 */
export function consentViewOfStream(subjectId: string, purpose: DataPurpose, stored: readonly StoredConsentEvent[], at: Date): ConsentView {
  const rows = stored.map((event, index) => {
    const current = upcastConsentEvent(event);
    // The history row's occurredAt is not read by viewAsOf; the effective time stands in for it.
    return evolveConsentHistory(null, { event: current, version: index + 1, occurredAt: effectiveTimeOf(current) });
  });
  return viewAsOf(subjectId, purpose, rows, at);
}
