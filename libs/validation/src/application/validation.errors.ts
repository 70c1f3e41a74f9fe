import { InfrastructureError, MeshError, NotFoundError, RuleViolationError } from '@usm/errors';

export const ValidationServiceErrorCode = {
  BenchmarkNotAdopted: 'VALIDATION.BENCHMARK_NOT_ADOPTED',
  ReleaseUnknown: 'VALIDATION.RELEASE_UNKNOWN',
  ReleaseNotUsable: 'VALIDATION.RELEASE_NOT_USABLE',
  AccessForbidden: 'VALIDATION.ACCESS_FORBIDDEN',
  NotYourSolution: 'VALIDATION.NOT_YOUR_SOLUTION',
  RunNotFound: 'VALIDATION.RUN_NOT_FOUND',
  ReleaseTampered: 'VALIDATION.RELEASE_FILE_MISMATCH',
  NotReady: 'VALIDATION.NOT_READY',
  InferenceFailed: 'VALIDATION.INFERENCE_FAILED',
  ArtifactMismatch: 'VALIDATION.ARTIFACT_MISMATCH',
} as const;

/** The datasets service refused the caller the release's test split (no agreement in force, or not a downloader): 403. */
export class AccessForbiddenError extends MeshError {
  readonly retriable = false;
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(ValidationServiceErrorCode.AccessForbidden, message, { details });
  }
}

export const notAdopted = (benchmarkId: string, city: string) => new RuleViolationError(ValidationServiceErrorCode.BenchmarkNotAdopted, `benchmark ${benchmarkId} is not adopted in ${city}`, { details: { benchmarkId } });
export const releaseUnknown = (releaseId: string) => new NotFoundError(ValidationServiceErrorCode.ReleaseUnknown, `release ${releaseId} was not announced on dataset.releases.v1`, { details: { field: 'releaseId' } });
export const releaseNotUsable = (releaseId: string, why: string) => new RuleViolationError(ValidationServiceErrorCode.ReleaseNotUsable, `release ${releaseId} cannot be evaluated on: ${why}`, { details: { releaseId } });
export const runNotFound = (runId: string) => new NotFoundError(ValidationServiceErrorCode.RunNotFound, `no run ${runId}`, { details: { field: 'runId' } });
export const notReady = (what: string) => new InfrastructureError(ValidationServiceErrorCode.NotReady, `${what} is still being replayed`, { details: { what } });
export const notYourSolution = (solutionId: string) => new AccessForbiddenError(`solution ${solutionId} belongs to another company`, { solutionId });
