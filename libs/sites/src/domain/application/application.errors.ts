import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';
import type { ApplicationStatus } from './application.state';

export const ApplicationErrorCode = {
  Invalid: 'SITES.APPLICATION_INVALID',
  NotFound: 'SITES.APPLICATION_NOT_FOUND',
  AlreadySubmitted: 'SITES.APPLICATION_ALREADY_SUBMITTED',
  WrongStatus: 'SITES.APPLICATION_WRONG_STATUS',
  ReservationsMismatch: 'SITES.APPLICATION_RESERVATIONS_MISMATCH',
  NotYetDue: 'SITES.APPLICATION_NOT_YET_DUE',
} as const;
export type ApplicationErrorCode = (typeof ApplicationErrorCode)[keyof typeof ApplicationErrorCode];

export const applicationInvalid = (violations: readonly FieldViolation[]): ValidationError =>
  new ValidationError(ApplicationErrorCode.Invalid, violations);

export const applicationRefused = (code: ApplicationErrorCode, message: string, rule: string = code): RuleViolationError =>
  new RuleViolationError(code, message, { details: { rule } });

/** The command does not fit the application's status; says which statuses it needs. */
export const wrongStatus = (command: string, status: ApplicationStatus, allowed: readonly ApplicationStatus[]): RuleViolationError =>
  new RuleViolationError(ApplicationErrorCode.WrongStatus, `${command} needs an application ${allowed.join(' or ')}, this one is ${status}`, {
    details: { rule: 'application.lifecycle', status, allowed },
  });

export const applicationNotFound = (applicationId: string): NotFoundError =>
  new NotFoundError(ApplicationErrorCode.NotFound, `no application ${applicationId}`, { details: { applicationId } });
