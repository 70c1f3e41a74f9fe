// Generated from schemas/shared/EventMetadata.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.

/**
 * Metadata of an event-sourced event: identity, position in its aggregate's stream and the command that caused it.
 * Avro: `mesh.shared.EventMetadata`.
 */
export interface EventMetadata {
  /**
   * Unique id of this event (UUID).
   * Avro logical type: uuid.
   */
  readonly eventId: string;
  /** Id of the aggregate whose stream the event belongs to; also the record key. */
  readonly aggregateId: string;
  /** Version of the aggregate after this event, starting at 1; used for optimistic concurrency. */
  readonly aggregateVersion: number;
  /**
   * When the event was decided (the command's now), UTC epoch millis.
   * Avro logical type: timestamp-millis.
   */
  readonly occurredAt: number;
  /** Id of the command that produced the event; makes commands idempotent. */
  readonly commandId: string;
  /** Id of the event or command that caused this one, when not a user command. */
  readonly causationId: string | null;
  /** Id shared by every message of one business flow, for tracing. */
  readonly correlationId: string | null;
}
