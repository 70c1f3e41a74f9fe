import type { FieldViolation } from '@usm/errors';
import { InfrastructureError, MeshError, ValidationError } from '@usm/errors';

export const ingestErrorCodes = {
  invalidEvents: 'INGEST.INVALID_EVENTS',
  eventsInFlight: 'INGEST.EVENTS_IN_FLIGHT',
  publishFailed: 'INGEST.PUBLISH_FAILED',
  ledgerUnavailable: 'INGEST.LEDGER_UNAVAILABLE',
} as const;

export function invalidEvents(violations: readonly FieldViolation[]): ValidationError {
  return new ValidationError(ingestErrorCodes.invalidEvents, violations);
}

/** Another request is producing some of these event ids right now; retrying shortly answers them as duplicates. */
export class EventsInFlightError extends MeshError {
  readonly retriable = true;
  constructor(readonly eventIds: readonly string[]) {
    super(ingestErrorCodes.eventsInFlight, `${eventIds.length} event id(s) are being ingested by another request; retry shortly`, {
      details: { eventIds },
    });
  }
}

export function publishFailed(cause: unknown): MeshError {
  return cause instanceof MeshError ? cause : new InfrastructureError(ingestErrorCodes.publishFailed, 'Kafka did not acknowledge the events', { cause });
}
