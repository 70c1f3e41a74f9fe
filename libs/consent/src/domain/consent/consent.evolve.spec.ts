import { foldEvents } from '@usm/event-sourcing';
import { consentDecider } from './consent.decider';
import { day, expired, granted, renewed, revoked, t0 } from './consent.spec-fixtures';

const fold = (events: Parameters<typeof foldEvents>[1]) => foldEvents(consentDecider, events as never);

describe('Consent evolve', () => {
  it('starts with no consent', () => {
    expect(consentDecider.initialState()).toEqual({ status: 'none' });
  });

  it('keeps the renewed notice and expiry', () => {
    expect(fold([granted(t0), renewed(t0 + day, null, 'notice-9')])).toMatchObject({
      status: 'granted',
      terms: { noticeVersion: 'notice-9', expiresAt: null, grantedAt: t0 },
    });
  });

  it.each([
    ['a revocation before any grant', [revoked(t0)]],
    ['an expiry before any grant', [expired(t0)]],
    ['a renewal before any grant', [renewed(t0, null)]],
  ])('ignores %s instead of throwing', (_what, events) => {
    expect(fold(events)).toEqual({ status: 'none' });
  });

  it('ignores a renewal after revocation', () => {
    expect(fold([granted(t0), revoked(t0 + 1), renewed(t0 + 2, null)])).toMatchObject({ status: 'revoked', revokedAt: t0 + 1 });
  });

  it('ignores an expiry after revocation', () => {
    expect(fold([granted(t0), revoked(t0 + 1), expired(t0 + 2)])).toMatchObject({ status: 'revoked' });
  });
});
