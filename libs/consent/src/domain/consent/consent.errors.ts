import { NotFoundError, RuleViolationError } from '@usm/errors';

/** Stable codes of every refusal of the consent aggregate. */
export const ConsentErrorCode = {
  NotFound: 'CONSENT.NOT_FOUND',
  AlreadyGranted: 'CONSENT.ALREADY_GRANTED',
  AlreadyRevoked: 'CONSENT.ALREADY_REVOKED',
  AlreadyExpired: 'CONSENT.ALREADY_EXPIRED',
  RevokedNotRenewable: 'CONSENT.REVOKED_NOT_RENEWABLE',
  ExpiredNotRenewable: 'CONSENT.EXPIRED_NOT_RENEWABLE',
  RenewalShortensExpiry: 'CONSENT.RENEWAL_SHORTENS_EXPIRY',
  ExpiryNotInFuture: 'CONSENT.EXPIRY_NOT_IN_FUTURE',
  EmptyScope: 'CONSENT.EMPTY_SCOPE',
  NotExpiring: 'CONSENT.NOT_EXPIRING',
  NotYetDue: 'CONSENT.NOT_YET_DUE',
} as const;

export type ConsentErrorCode = (typeof ConsentErrorCode)[keyof typeof ConsentErrorCode];

// Details carry the rule only: a consent id embeds the subject's pseudonym, which is still personal data.

/** A refused consent command. */
export function consentRefused(code: ConsentErrorCode, message: string): RuleViolationError {
  return new RuleViolationError(code, message, { details: { rule: code } });
}

/** A command other than a grant reached a consent that was never granted. */
export function consentNotFound(): NotFoundError {
  return new NotFoundError(ConsentErrorCode.NotFound, 'no consent recorded for this subject and purpose');
}
