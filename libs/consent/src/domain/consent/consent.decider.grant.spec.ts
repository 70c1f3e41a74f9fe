import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { RuleViolationError } from '@usm/errors';
import { consentDecider } from './consent.decider';
import { ConsentErrorCode } from './consent.errors';
import { day, expired, grantCommand, granted, revoked, t0 } from './consent.spec-fixtures';

const spec = DeciderSpecification.for(consentDecider);

describe('Consent decider: GrantConsent', () => {
  it('given no consent, when granted, then ConsentGranted with the command time as grant time', () => {
    spec.given([]).when(grantCommand(t0)).then([granted(t0)]);
  });

  it('given no consent, when granted without expiry, then the grant does not expire', () => {
    spec.given([]).when(grantCommand(t0, { expiresAt: null })).then([granted(t0, null)]);
  });

  it('given a consent in force, when granted again with the same terms, then nothing happens (idempotent)', () => {
    spec.given([granted(t0)]).when(grantCommand(t0 + day)).then([]);
  });

  it('given a consent in force, when granted with the same scope listed in another order, then nothing happens', () => {
    const reordered = { sourceKinds: ['cctvAnalytics', 'cctvAnalytics'], categories: ['traffic'] } as const;
    spec.given([granted(t0)]).when(grantCommand(t0 + day, { scope: reordered })).then([]);
  });

  it.each([
    ['another notice version', { noticeVersion: 'notice-4' }],
    ['another expiry', { expiresAt: t0 + 400 * day }],
    ['another legal basis', { legalBasis: 'publicTask' as const }],
    ['another jurisdiction', { jurisdiction: 'ES' }],
    ['another scope', { scope: { sourceKinds: ['fireSensor' as const], categories: ['traffic' as const] } }],
  ])('given a consent in force, when granted with %s, then refused as already granted', (_what, overrides) => {
    spec.given([granted(t0)]).when(grantCommand(t0 + day, overrides)).thenThrows(RuleViolationError, ConsentErrorCode.AlreadyGranted);
  });

  it('given a consent in force whose expiry passed unmarked, when granted anew, then ConsentGranted', () => {
    const later = t0 + 2 * day;
    spec.given([granted(t0, t0 + day)]).when(grantCommand(later, { expiresAt: later + day })).then([granted(later, later + day)]);
  });

  it('given a revoked consent, when granted, then a new ConsentGranted', () => {
    spec.given([granted(t0), revoked(t0 + day)]).when(grantCommand(t0 + 2 * day)).then([granted(t0 + 2 * day)]);
  });

  it('given an expired consent, when granted, then a new ConsentGranted', () => {
    const later = t0 + 400 * day;
    spec.given([granted(t0), expired(t0 + 365 * day)]).when(grantCommand(later, { expiresAt: null })).then([granted(later, null)]);
  });

  it.each([
    ['now', t0],
    ['in the past', t0 - day],
  ])('given no consent, when granted with an expiry %s, then refused', (_when, expiresAt) => {
    spec.given([]).when(grantCommand(t0, { expiresAt })).thenThrows(RuleViolationError, ConsentErrorCode.ExpiryNotInFuture);
  });

  it.each([
    ['no source kind', { sourceKinds: [], categories: ['traffic' as const] }],
    ['no category', { sourceKinds: ['fireSensor' as const], categories: [] }],
  ])('given no consent, when granted with %s in scope, then refused as covering nothing', (_what, emptyScope) => {
    spec.given([]).when(grantCommand(t0, { scope: emptyScope })).thenThrows(RuleViolationError, ConsentErrorCode.EmptyScope);
  });
});
