import type { ConsentEvent } from './consent.events';
import { evolveConsentHistory } from './consent-history.projection';
import { consentId, day, expired, granted, renewed, revoked, subjectId, t0 } from './consent.spec-fixtures';

const recorded = (event: ConsentEvent, version = 1) => ({ event, version, occurredAt: t0 + 5 });

describe('consent_history projection', () => {
  it.each([
    ['ConsentGranted', granted(t0), t0],
    ['ConsentRenewed', renewed(t0 + day, null), t0 + day],
    ['ConsentRevoked', revoked(t0 + 2 * day), t0 + 2 * day],
    ['ConsentExpired', expired(t0 + 3 * day), t0 + 3 * day],
  ])('writes one row for %s, effective when the fact took effect', (eventType, event, effective) => {
    expect(evolveConsentHistory(null, recorded(event, 4))).toEqual({
      consentId,
      version: 4,
      subjectId,
      purpose: 'aiTraining',
      eventType,
      effectiveAt: new Date(effective),
      occurredAt: new Date(t0 + 5),
      event,
    });
  });

  it('keeps the existing row when the event is replayed', () => {
    const row = evolveConsentHistory(null, recorded(granted(t0)));
    expect(evolveConsentHistory(row, recorded(granted(t0)))).toBe(row);
  });
});
