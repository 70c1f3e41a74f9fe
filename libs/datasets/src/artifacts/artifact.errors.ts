import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';

/** A release id or file path that could leave the release directory, or is not a plain relative name. */
export class ArtifactPathRefused extends ValidationError {
  constructor(field: 'releaseId' | 'path', rule: string, message: string) {
    super('DATASETS.ARTIFACT_PATH_REFUSED', [{ field, rule, message }]);
  }
}

export class ArtifactNotFound extends NotFoundError {
  constructor(releaseId: string, path: string) {
    super('DATASETS.ARTIFACT_NOT_FOUND', `release ${releaseId} has no file ${path}`, { details: { releaseId, path } });
  }
}

/** A byte range outside the file (HTTP 416). */
export class ArtifactRangeNotSatisfiable extends ValidationError {
  constructor(readonly sizeBytes: number) {
    super('DATASETS.ARTIFACT_RANGE_NOT_SATISFIABLE', [
      { field: 'range', rule: 'withinFile', message: `range must satisfy 0 <= start <= end < ${sizeBytes}` },
    ]);
  }
}

/** Artifact content breaks a rule of its format (duplicate row id, unreadable file, ...). */
export class ArtifactContentInvalid extends RuleViolationError {
  constructor(field: string, rule: string, message: string, cause?: unknown) {
    super('DATASETS.ARTIFACT_CONTENT_INVALID', message, { details: { field, rule }, cause });
  }
}
