import { RuleViolationError } from '@usm/errors';
import { ValidationServiceErrorCode } from './validation.errors';

/**
 * The hosted endpoint serves another artifact than the solution version registered (or names none): the run is
 * refused before any test event is sent (422). Hashes are not personal data; both are given for the operator.
 */
export class ArtifactMismatchError extends RuleViolationError {
  constructor(solutionId: string, version: string, registeredSha256: string, servedSha256: string | null) {
    super(
      ValidationServiceErrorCode.ArtifactMismatch,
      servedSha256 === null
        ? `the endpoint does not name the artifact it serves (GET /v1/model); solution ${solutionId} ${version} is registered with ${registeredSha256}`
        : `the endpoint serves artifact ${servedSha256}, not the ${registeredSha256} registered for solution ${solutionId} ${version}`,
      { details: { field: 'artifactSha256', rule: 'served-equals-registered', solutionId, version, registeredSha256, servedSha256 } },
    );
  }
}

/** Hosted mode runs only what was registered: the served artifact's SHA-256 must equal the registered one. */
export function assertServedArtifact(solutionId: string, version: string, registeredSha256: string, servedSha256: string | null): void {
  if (servedSha256 === null || servedSha256.toLowerCase() !== registeredSha256.toLowerCase()) {
    throw new ArtifactMismatchError(solutionId, version, registeredSha256, servedSha256);
  }
}
