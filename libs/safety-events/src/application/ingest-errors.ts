import type { FieldViolation } from '@usm/errors';
import { InfrastructureError, MeshError, ValidationError } from '@usm/errors';

export const ingestErrorCodes = {
  invalidEvents: 'INGEST.INVALID_EVENTS',
  eventsInFlight: 'INGEST.EVENTS_IN_FLIGHT',
  publishFailed: 'INGEST.PUBLISH_FAILED',
  ledgerUnavailable: 'INGEST.LEDGER_UNAVAILABLE',
  overloaded: 'INGEST.OVERLOADED',
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

/** Too many requests are waiting on PostgreSQL or Kafka; nothing of this one was claimed or produced. */
export class IngestOverloadedError extends MeshError {
  readonly retriable = true;
  constructor(readonly maxInFlight: number) {
    super(ingestErrorCodes.overloaded, `Ingest is at its limit of ${maxInFlight} requests in flight; nothing was ingested, retry after Retry-After`, {
      details: { maxInFlight },
    });
  }
}

export function publishFailed(cause: unknown): MeshError {
  return cause instanceof MeshError ? cause : new InfrastructureError(ingestErrorCodes.publishFailed, 'Kafka did not acknowledge the events', { cause });
}
