import type { Decider } from '@usm/event-sourcing';
import type { ConsentCommand, ExpireConsent, GrantConsent, RenewConsent, RevokeConsent } from './consent.commands';
import { ConsentErrorCode, consentNotFound, consentRefused } from './consent.errors';
import type { ConsentEvent } from './consent.events';
import { evolveConsent, initialConsentState } from './consent.evolve';
import { consentStreamId } from './consent-stream-id';
import type { ConsentState, ConsentTerms } from './consent.state';
import { hasLapsed, sameScope } from './consent.state';

export const initialState = initialConsentState;
export const evolve = evolveConsent;

/**
 * Grants a consent that is not in force (never given, revoked, expired or lapsed: a new grant is a new consent).
 * Granting again with the very same terms is an idempotent no-op, so a consent desk may safely resubmit;
 * different terms are refused: renew to move the expiry, or revoke and grant anew to change the scope.
 */
export function grant(command: GrantConsent, state: ConsentState): readonly ConsentEvent[] {
  const { data, metadata } = command;
  const now = metadata.now.getTime();
  if (state.status === 'granted' && !hasLapsed(state.terms.expiresAt, now)) {
    if (hasSameTerms(state.terms, command)) return [];
    throw consentRefused(ConsentErrorCode.AlreadyGranted, 'a consent is in force for this purpose: renew it, or revoke it first');
  }
  if (data.scope.sourceKinds.length === 0 || data.scope.categories.length === 0) {
    throw consentRefused(ConsentErrorCode.EmptyScope, 'a scope with no source kind or no category covers nothing');
  }
  assertFutureExpiry(data.expiresAt, now);
  const { subjectId, purpose, legalBasis, scope, noticeVersion, jurisdiction, expiresAt } = data;
  const consentId = consentStreamId(subjectId, purpose);
  return [
    {
      type: 'ConsentGranted',
      data: { consentId, subjectId, purpose, legalBasis, scope, noticeVersion, jurisdiction, grantedAt: now, expiresAt },
    },
  ];
}

/** Withdraws a consent in force; a lapsed one not yet marked expired may still be withdrawn. */
export function revoke(command: RevokeConsent, state: ConsentState): readonly ConsentEvent[] {
  const terms = termsInForce(state, ConsentErrorCode.AlreadyRevoked, ConsentErrorCode.AlreadyExpired);
  const { consentId, subjectId, purpose } = terms;
  const revokedAt = command.metadata.now.getTime();
  return [{ type: 'ConsentRevoked', data: { consentId, subjectId, purpose, revokedAt, reasonCode: command.data.reasonCode } }];
}

/** Moves the expiry of a consent in force; a lapsed consent needs a fresh grant, not a renewal. */
export function renew(command: RenewConsent, state: ConsentState): readonly ConsentEvent[] {
  const terms = termsInForce(state, ConsentErrorCode.RevokedNotRenewable, ConsentErrorCode.ExpiredNotRenewable);
  const now = command.metadata.now.getTime();
  const { noticeVersion, expiresAt } = command.data;
  if (hasLapsed(terms.expiresAt, now)) {
    throw consentRefused(ConsentErrorCode.ExpiredNotRenewable, 'the consent has reached its expiry: grant it anew');
  }
  assertFutureExpiry(expiresAt, now);
  if (terms.expiresAt === null ? expiresAt !== null : expiresAt !== null && expiresAt < terms.expiresAt) {
    throw consentRefused(ConsentErrorCode.RenewalShortensExpiry, 'a renewal may not bring the expiry forward');
  }
  const { consentId, subjectId, purpose } = terms;
  return [{ type: 'ConsentRenewed', data: { consentId, subjectId, purpose, noticeVersion, renewedAt: now, expiresAt } }];
}

/** Records that a consent lapsed; refused before its expiry, so the scheduler cannot expire early. */
export function expire(command: ExpireConsent, state: ConsentState): readonly ConsentEvent[] {
  const terms = termsInForce(state, ConsentErrorCode.AlreadyRevoked, ConsentErrorCode.AlreadyExpired);
  const { consentId, subjectId, purpose, expiresAt } = terms;
  if (expiresAt === null) throw consentRefused(ConsentErrorCode.NotExpiring, 'the consent has no expiry');
  if (!hasLapsed(expiresAt, command.metadata.now.getTime())) {
    throw consentRefused(ConsentErrorCode.NotYetDue, 'the consent has not reached its expiry yet');
  }
  return [{ type: 'ConsentExpired', data: { consentId, subjectId, purpose, expiredAt: expiresAt } }];
}

export function decide(command: ConsentCommand, state: ConsentState): readonly ConsentEvent[] {
  switch (command.type) {
    case 'GrantConsent':
      return grant(command, state);
    case 'RevokeConsent':
      return revoke(command, state);
    case 'RenewConsent':
      return renew(command, state);
    case 'ExpireConsent':
      return expire(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The consent aggregate as a decider. */
export const consentDecider: Decider<ConsentCommand, ConsentEvent, ConsentState> = { initialState, evolve, decide };

function termsInForce(state: ConsentState, whenRevoked: ConsentErrorCode, whenExpired: ConsentErrorCode): ConsentTerms {
  switch (state.status) {
    case 'none':
      throw consentNotFound();
    case 'granted':
      return state.terms;
    case 'revoked':
      throw consentRefused(whenRevoked, 'the consent was revoked');
    case 'expired':
      throw consentRefused(whenExpired, 'the consent has expired');
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

function assertFutureExpiry(expiresAt: number | null, now: number): void {
  if (expiresAt !== null && expiresAt <= now) {
    throw consentRefused(ConsentErrorCode.ExpiryNotInFuture, 'expiresAt must be later than now');
  }
}

function hasSameTerms(terms: ConsentTerms, { data }: GrantConsent): boolean {
  return (
    terms.legalBasis === data.legalBasis &&
    terms.noticeVersion === data.noticeVersion &&
    terms.jurisdiction === data.jurisdiction &&
    terms.expiresAt === data.expiresAt &&
    sameScope(terms.scope, data.scope)
  );
}
