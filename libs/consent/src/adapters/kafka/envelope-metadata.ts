import type { EventMetadata } from '@usm/contracts';
import type { RecordedEvent } from '@usm/event-sourcing';

/** The topic envelope's metadata of a stored event; the aggregate id is the record key. */
export function envelopeMetadataOf(recorded: RecordedEvent, aggregateId: string): EventMetadata {
  return {
    eventId: recorded.eventId,
    aggregateId,
    aggregateVersion: recorded.version,
    occurredAt: Date.parse(recorded.metadata.occurredAt),
    commandId: recorded.metadata.commandId,
    causationId: null,
    correlationId: null,
  };
}

/** Avro (wrapUnions auto) wraps a branch of a union of records as `{ "<full name>": value }`; accepts either form. */
export function unwrapBranch(data: unknown, fullName: string): unknown {
  if (typeof data === 'object' && data !== null && fullName in data) return (data as Record<string, unknown>)[fullName];
  return data;
}
