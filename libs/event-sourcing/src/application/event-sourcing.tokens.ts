/** Nest injection tokens of `EventSourcingModule`. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The `CommandHandler`. */
export const COMMAND_HANDLER = Symbol('COMMAND_HANDLER');
/** The `OutboxRelay` (started and stopped by the module). */
export const OUTBOX_RELAY = Symbol('OUTBOX_RELAY');
/** The `ProjectionRunner` (started and stopped by the module). */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
/** The TypeORM `DataSource` holding the event store, outbox and projection offsets. */
export const EVENT_SOURCING_DATA_SOURCE = Symbol('EVENT_SOURCING_DATA_SOURCE');
