import { MeshError } from '@usm/errors';

/** The release was withdrawn or superseded: its files are gone (410), the successor is named when there is one. */
export class ReleaseGoneError extends MeshError {
  readonly retriable = false;
  constructor(readonly releaseId: string, readonly supersededBy: string | null) {
    super('DATASETS.RELEASE_WITHDRAWN', supersededBy ? `release ${releaseId} was withdrawn; ${supersededBy} supersedes it` : `release ${releaseId} was withdrawn`, { details: { releaseId } });
  }
}

/** The caller may not download this release (403), with the reason (never a personal datum). */
export class DownloadForbiddenError extends MeshError {
  readonly retriable = false;
}

/** A signed URL that expired or does not match its signature (403). */
export class SignedUrlRefusedError extends MeshError {
  readonly retriable = false;
}
