import { MeshError } from '@usm/errors';
import { ValidationServiceErrorCode } from '../../application/validation.errors';

/** The solution's endpoint failed or broke the contract: the run is not scored (502). */
export class InferenceFailedError extends MeshError {
  readonly retriable = false;

  constructor(message: string, cause?: unknown) {
    super(ValidationServiceErrorCode.InferenceFailed, message, cause === undefined ? {} : { cause });
  }
}
