import { NotFoundError, RuleViolationError } from '@usm/errors';
import type { DatasetsErrorCode } from '../datasets-error-codes';
import { DatasetsErrorCode as Codes } from '../datasets-error-codes';

/** A refused release command; release ids are opaque, so they may go in details. */
export function releaseRefused(code: DatasetsErrorCode, releaseId: string, message: string): RuleViolationError {
  return new RuleViolationError(code, message, { details: { rule: code, aggregateId: releaseId } });
}

export function releaseNotFound(releaseId: string): NotFoundError {
  return new NotFoundError(Codes.ReleaseNotFound, `no release ${releaseId}`, { details: { aggregateId: releaseId } });
}
