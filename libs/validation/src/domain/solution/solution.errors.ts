import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

export const SolutionErrorCode = {
  Invalid: 'VALIDATION.SOLUTION_INVALID',
  NotFound: 'VALIDATION.SOLUTION_NOT_FOUND',
  AlreadyRegistered: 'VALIDATION.SOLUTION_ALREADY_REGISTERED',
  VersionExists: 'VALIDATION.SOLUTION_VERSION_EXISTS',
  VersionNotFound: 'VALIDATION.SOLUTION_VERSION_NOT_FOUND',
} as const;
export type SolutionErrorCode = (typeof SolutionErrorCode)[keyof typeof SolutionErrorCode];

export const solutionInvalid = (violations: readonly FieldViolation[]): ValidationError => new ValidationError(SolutionErrorCode.Invalid, violations);
export const solutionRefused = (code: SolutionErrorCode, message: string): RuleViolationError => new RuleViolationError(code, message, { details: { rule: code } });
export const solutionNotFound = (code: SolutionErrorCode, message: string): NotFoundError => new NotFoundError(code, message, { details: { rule: code } });
