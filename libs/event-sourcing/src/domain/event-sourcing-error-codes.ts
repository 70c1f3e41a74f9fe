/** Stable codes of the errors this library raises. */
export const EventSourcingErrorCode = {
  /** The stream moved on since the caller read it (HTTP 409). */
  VersionConflict: 'EVENT_SOURCING.VERSION_CONFLICT',
  /** A command id was reused for another stream. */
  CommandIdReused: 'EVENT_SOURCING.COMMAND_ID_REUSED',
  /** An expected version that cannot be (negative or not an integer). */
  InvalidExpectedVersion: 'EVENT_SOURCING.INVALID_EXPECTED_VERSION',
  /** No projection of that name is registered. */
  UnknownProjection: 'EVENT_SOURCING.UNKNOWN_PROJECTION',
  /** The database failed during an append or a projection step. */
  StoreUnavailable: 'EVENT_SOURCING.STORE_UNAVAILABLE',
  /** A value the database cannot keep (SQLSTATE class 22, e.g. a NUL character in text): the caller's input, never retried (HTTP 400). */
  ValueNotStorable: 'EVENT_SOURCING.VALUE_NOT_STORABLE',
  /** An outbox row names a topic no stream route publishes to (a route was removed). */
  UnroutedOutboxRow: 'EVENT_SOURCING.UNROUTED_OUTBOX_ROW',
  /** Another relay with the same transactional id took over; this one backs off and re-opens its producer. */
  RelayFenced: 'EVENT_SOURCING.RELAY_FENCED',
  /** Another replica of the relay holds leadership; this one waits in standby. */
  RelayStandby: 'EVENT_SOURCING.RELAY_STANDBY',
  /** Kafka failed while the outbox relay published. */
  RelayPublishFailed: 'EVENT_SOURCING.RELAY_PUBLISH_FAILED',
} as const;

/** One of the codes above. */
export type EventSourcingErrorCode = (typeof EventSourcingErrorCode)[keyof typeof EventSourcingErrorCode];
