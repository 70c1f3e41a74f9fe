import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

/** Stable codes of every refusal of the site aggregate. */
export const SiteErrorCode = {
  Invalid: 'SITES.SITE_INVALID',
  NotFound: 'SITES.SITE_NOT_FOUND',
  AlreadyRegistered: 'SITES.SITE_ALREADY_REGISTERED',
  Retired: 'SITES.SITE_RETIRED',
  ReasonRequired: 'SITES.REASON_REQUIRED',
} as const;
export type SiteErrorCode = (typeof SiteErrorCode)[keyof typeof SiteErrorCode];

export const siteRefused = (code: SiteErrorCode, message: string): RuleViolationError =>
  new RuleViolationError(code, message, { details: { rule: code } });

export const siteInvalid = (violations: readonly FieldViolation[]): ValidationError => new ValidationError(SiteErrorCode.Invalid, violations);

export const siteNotFound = (siteId: string): NotFoundError =>
  new NotFoundError(SiteErrorCode.NotFound, `no site ${siteId} in the registry`, { details: { siteId } });
