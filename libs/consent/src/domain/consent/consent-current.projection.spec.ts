import type { Recorded } from '../recorded';
import type { ConsentEvent } from './consent.events';
import type { ConsentCurrentRow } from './consent-current.projection';
import { evolveConsentCurrent } from './consent-current.projection';
import { consentId, day, expired, granted, renewed, revoked, scope, subjectId, t0 } from './consent.spec-fixtures';

const at = (event: ConsentEvent, version: number): Recorded<ConsentEvent> => ({ event, version, occurredAt: t0 + version });
const apply = (events: readonly ConsentEvent[]) =>
  events.reduce<ConsentCurrentRow | null>((row, event, index) => evolveConsentCurrent(row, at(event, index + 1)), null);

describe('consent_current projection', () => {
  it('creates the row on a grant', () => {
    expect(apply([granted(t0)])).toEqual({
      consentId,
      subjectId,
      purpose: 'aiTraining',
      status: 'granted',
      legalBasis: 'consent',
      scope,
      noticeVersion: 'notice-3',
      jurisdiction: 'KR',
      grantedAt: new Date(t0),
      expiresAt: new Date(t0 + 365 * day),
      endedAt: null,
      version: 1,
      updatedAt: new Date(t0 + 1),
    });
  });

  it('moves the expiry and notice on a renewal', () => {
    expect(apply([granted(t0), renewed(t0 + day, null, 'notice-9')])).toMatchObject({ status: 'granted', expiresAt: null, noticeVersion: 'notice-9', version: 2 });
  });

  it.each([
    ['revocation', revoked(t0 + day), 'revoked'],
    ['expiry', expired(t0 + day), 'expired'],
  ])('ends the consent on a %s', (_what, ending, status) => {
    expect(apply([granted(t0), ending])).toMatchObject({ status, endedAt: new Date(t0 + day), version: 2 });
  });

  it('starts over on a new grant after a revocation', () => {
    expect(apply([granted(t0), revoked(t0 + day), granted(t0 + 2 * day, null)])).toMatchObject({ status: 'granted', endedAt: null, expiresAt: null, version: 3 });
  });

  it('keeps the row when an event is replayed (same or older version)', () => {
    const row = apply([granted(t0), revoked(t0 + day)]);
    expect(evolveConsentCurrent(row, at(granted(t0), 1))).toBe(row);
    expect(evolveConsentCurrent(row, at(revoked(t0 + day), 2))).toBe(row);
  });

  it('ignores events with no grant before them', () => {
    expect(apply([revoked(t0)])).toBeNull();
    expect(apply([renewed(t0, null)])).toBeNull();
  });

  it('only bumps the version for a renewal that does not fit', () => {
    expect(apply([granted(t0), revoked(t0 + 1), renewed(t0 + 2, null)])).toMatchObject({ status: 'revoked', version: 3, expiresAt: new Date(t0 + 365 * day) });
  });
});
