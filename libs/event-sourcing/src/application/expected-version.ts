import { ConcurrencyError, ValidationError } from '@usm/errors';
import { EventSourcingErrorCode } from '../domain/event-sourcing-error-codes';

/** Refuses an expected version that no stream can have. */
export function checkExpectedVersion(expectedVersion: number): void {
  if (Number.isInteger(expectedVersion) && expectedVersion >= 0) return;
  throw new ValidationError(EventSourcingErrorCode.InvalidExpectedVersion, [
    { field: 'expectedVersion', rule: 'non-negative-integer', message: 'must be a whole number of events, 0 for a new stream' },
  ]);
}

/** The conflict an append at a stale expected version gets; the stream id stays out of details (it may name a subject). */
export function versionConflict(_streamId: string, expectedVersion: number, actualVersion: number): ConcurrencyError {
  return new ConcurrencyError(EventSourcingErrorCode.VersionConflict, expectedVersion, actualVersion);
}
